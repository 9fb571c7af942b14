package org.membercomms.training;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who does what with training: Democratic Services define requirements, schedule
 * sessions, mark registers and follow everyone up; Members train.
 */
final class TrainingRoles {

	static final String ORGANISERS = "hasRole('DEMOCRATIC_SERVICES')";

	static final String TRAINEES = "hasRole('MEMBER')";

	static final String CERTIFICATE_READERS = "hasAnyRole('MEMBER', 'DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')";

	private TrainingRoles() {
	}

	static boolean organises(Authentication person) {
		return holds(person, "ROLE_DEMOCRATIC_SERVICES");
	}

	static boolean holds(Authentication person, String role) {
		return person != null
				&& person.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role::equals);
	}

}
