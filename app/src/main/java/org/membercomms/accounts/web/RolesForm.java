package org.membercomms.accounts.web;

import java.util.Set;

import org.membercomms.accounts.Role;

import jakarta.validation.constraints.NotEmpty;

/**
 * The roles an administrator gives an account.
 *
 * @param roles at least one role
 */
record RolesForm(@NotEmpty(message = "{accounts.error.roles.empty}") Set<Role> roles) {

	RolesForm {
		roles = (roles == null) ? Set.of() : roles;
	}

}
