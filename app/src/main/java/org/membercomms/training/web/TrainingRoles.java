package org.membercomms.training.web;

/**
 * Who does what with training: Democratic Services define requirements, schedule
 * sessions, mark registers, record completions by hand and follow everyone up; Members
 * train; both see the training pages; Democratic Services and the Monitoring Officer read
 * the committee report and every certificate; a Member reads their own certificates.
 */
final class TrainingRoles {

	/** Democratic Services organise training. */
	static final String ORGANISERS = "hasRole('DEMOCRATIC_SERVICES')";

	/** Members train: they book sessions and take the e-learning. */
	static final String TRAINEES = "hasRole('MEMBER')";

	/** Members and Democratic Services see the training pages and sessions. */
	static final String TRAINEES_AND_ORGANISERS = "hasAnyRole('MEMBER', 'DEMOCRATIC_SERVICES')";

	/**
	 * The officers who follow training up, Democratic Services and the Monitoring
	 * Officer, read the committee report and every certificate.
	 */
	static final String OFFICERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')";

	/** Certificates are read by the officers and by Members (their own). */
	static final String CERTIFICATE_READERS = "hasAnyRole('MEMBER', 'DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')";

	private TrainingRoles() {
	}

}
