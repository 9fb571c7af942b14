package org.membercomms.audit.web;

/**
 * Who reads the audit trail: administrators only. (Every module writes to it, inside the
 * transaction of the change it records.)
 */
final class AuditRoles {

	/** Administrators search and read the audit trail. */
	static final String READERS = "hasRole('ADMIN')";

	private AuditRoles() {
	}

}
