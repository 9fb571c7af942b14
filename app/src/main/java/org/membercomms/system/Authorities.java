package org.membercomms.system;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Asks which roles a signed-in person holds, for pages that show or hide what a role may
 * do. (The rules themselves are enforced with {@code @PreAuthorize} on the handlers.)
 */
public final class Authorities {

	private Authorities() {
	}

	/**
	 * @param person who is signed in
	 * @param roles role names without the {@code ROLE_} prefix, such as {@code ADMIN}
	 * @return whether the person holds any of them
	 */
	public static boolean holdsAny(Authentication person, String... roles) {
		Set<String> wanted = Set.of(roles);
		return person != null && person.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority.startsWith("ROLE_") && wanted.contains(authority.substring(5)));
	}

}
