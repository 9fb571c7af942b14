package org.membercomms.protocol;

import org.membercomms.system.Authorities;

import org.springframework.security.core.Authentication;

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
		return Authorities.allows(person, DRAFTERS);
	}

	static boolean approves(Authentication person) {
		return Authorities.allows(person, APPROVER);
	}

	static boolean tracksAcknowledgements(Authentication person) {
		return Authorities.allows(person, ACKNOWLEDGEMENT_TRACKERS);
	}

}
