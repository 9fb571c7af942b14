package org.membercomms.commsplan.web;

/**
 * Who does what with elections: Democratic Services keep them; the Monitoring Officer and
 * the communications team read them.
 */
final class ElectionRoles {

	/** Democratic Services enter, change, delete and import elections. */
	static final String KEEPERS = "hasRole('DEMOCRATIC_SERVICES')";

	/** Who may see the elections. */
	static final String READERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'MONITORING_OFFICER', 'COMMS_OFFICER')";

	private ElectionRoles() {
	}

}
