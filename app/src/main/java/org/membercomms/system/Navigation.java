package org.membercomms.system;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * Implemented by a module that adds items to the service navigation for a signed-in
 * person. The system module collects every implementation, so it never depends on the
 * modules above it.
 */
public interface Navigation {

	/**
	 * @param person who is signed in
	 * @return the links this module offers that person, none if none
	 */
	List<NavigationLink> linksFor(Authentication person);

}
