package org.membercomms.commsplan.web;

/**
 * Who does what with the communications plan: Marketing and Communications edit the
 * Strategic Plan's priorities and the plan items; another communications officer or the
 * Monitoring Officer approves an item's copy; Democratic Services keep the elections; all
 * three read the plan and the elections.
 */
final class CommsPlanRoles {

	/** Those who read the plan, its items and the elections. */
	static final String READERS = "hasAnyRole('COMMS_OFFICER', 'MONITORING_OFFICER', 'DEMOCRATIC_SERVICES')";

	/** Marketing and Communications edit the Strategic Plan and the items. */
	static final String EDITORS = "hasRole('COMMS_OFFICER')";

	/**
	 * A communications officer (not the one who submitted it) or the Monitoring Officer
	 * approves.
	 */
	static final String APPROVERS = "hasAnyRole('COMMS_OFFICER', 'MONITORING_OFFICER')";

	/**
	 * The Monitoring Officer alone approves an item flagged for a pre-election period and
	 * marks an item as controversial.
	 */
	static final String MONITORING_OFFICER = "hasRole('MONITORING_OFFICER')";

	/** Democratic Services enter, change, delete and import elections. */
	static final String ELECTION_KEEPERS = "hasRole('DEMOCRATIC_SERVICES')";

	private CommsPlanRoles() {
	}

}
