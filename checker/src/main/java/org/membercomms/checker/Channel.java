package org.membercomms.checker;

/**
 * The account a post goes out on.
 */
public enum Channel {

	/** The Member's own account. */
	PERSONAL,
	/** An official council account. */
	COUNCIL

}
