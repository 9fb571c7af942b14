package org.membercomms.system;

/**
 * A signed-in principal that has a name to show people, not only a username.
 */
public interface DisplayNamed {

	String displayName();

}
