package org.membercomms.protocol.web;

/**
 * Who does what with the documents: everyone signed in reads the versions in force;
 * Democratic Services and Marketing and Communications draft, the Monitoring Officer
 * approves, Democratic Services and the Monitoring Officer follow up acknowledgements.
 */
final class PolicyRoles {

	/** Democratic Services and Marketing and Communications write and revise drafts. */
	static final String DRAFTERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'COMMS_OFFICER')";

	/** The Monitoring Officer approves or returns a draft and publishes it. */
	static final String APPROVER = "hasRole('MONITORING_OFFICER')";

	/** Those who draft and the one who approves read drafts and versions not in force. */
	static final String DRAFT_READERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'COMMS_OFFICER', 'MONITORING_OFFICER')";

	/** Democratic Services and the Monitoring Officer see and chase acknowledgements. */
	static final String ACKNOWLEDGEMENT_TRACKERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')";

	private PolicyRoles() {
	}

}
