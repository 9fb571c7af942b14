package org.membercomms.protocol;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who does what with the documents: Democratic Services and Marketing and Communications
 * draft, the Monitoring Officer approves, Democratic Services follow up acknowledgements.
 */
final class PolicyRoles {

	static final String DRAFTERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'COMMS_OFFICER')";

	static final String APPROVER = "hasRole('MONITORING_OFFICER')";

	static final String ACKNOWLEDGEMENT_TRACKERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')";

	private PolicyRoles() {
	}

	static boolean drafts(Authentication person) {
		return holds(person, Set.of("ROLE_DEMOCRATIC_SERVICES", "ROLE_COMMS_OFFICER"));
	}

	static boolean approves(Authentication person) {
		return holds(person, Set.of("ROLE_MONITORING_OFFICER"));
	}

	static boolean tracksAcknowledgements(Authentication person) {
		return holds(person, Set.of("ROLE_DEMOCRATIC_SERVICES", "ROLE_MONITORING_OFFICER"));
	}

	private static boolean holds(Authentication person, Set<String> roles) {
		return person.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
	}

}
