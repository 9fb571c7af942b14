package org.membercomms.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in person's username, or {@code system} for the application
 * itself (start-up, scheduled jobs).
 */
public final class Actors {

	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static String current() {
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		if (person == null || person instanceof AnonymousAuthenticationToken || !person.isAuthenticated()) {
			return SYSTEM;
		}
		return person.getName();
	}

}
