package org.membercomms.commsplan.web;

/**
 * Who does what with the communications plan: Marketing and Communications edit the
 * Strategic Plan's priorities and the plan items; another communications officer or the
 * Monitoring Officer approves an item's copy; Democratic Services and the Monitoring
 * Officer read the plan too.
 */
final class CommsPlanRoles {

	/** Those who read the plan and its items. */
	static final String READERS = "hasAnyRole('COMMS_OFFICER', 'MONITORING_OFFICER', 'DEMOCRATIC_SERVICES')";

	/** Marketing and Communications edit the Strategic Plan and the items. */
	static final String EDITORS = "hasRole('COMMS_OFFICER')";

	/**
	 * A communications officer (not the one who submitted it) or the Monitoring Officer
	 * approves.
	 */
	static final String APPROVERS = "hasAnyRole('COMMS_OFFICER', 'MONITORING_OFFICER')";

	private CommsPlanRoles() {
	}

}
