package org.membercomms.members.web;

/**
 * Who does what with the members directory: everyone signed in reads it; Democratic
 * Services (and administrators) keep it.
 */
final class DirectoryRoles {

	/** Democratic Services and administrators add, change, retire and import Members. */
	static final String KEEPERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'ADMIN')";

	private DirectoryRoles() {
	}

}
