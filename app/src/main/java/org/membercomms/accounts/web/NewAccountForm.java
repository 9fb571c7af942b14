package org.membercomms.accounts.web;

import java.util.Set;

import org.membercomms.accounts.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to open an account. Public because its page reads it.
 *
 * @param username the sign-in name
 * @param displayName the person's name
 * @param email their email address, where the link to set a password goes
 * @param roles what they do
 */
public record NewAccountForm(
		@NotBlank(message = "{accounts.error.username.blank}") @Size(max = 100,
				message = "{accounts.error.username.size}") @Pattern(regexp = "^\\s*[A-Za-z0-9._@-]*\\s*$",
						message = "{accounts.error.username.pattern}") String username,
		@NotBlank(message = "{accounts.error.name.blank}") @Size(max = 200,
				message = "{accounts.error.name.size}") String displayName,
		@NotBlank(message = "{accounts.error.email.blank}") @Email(message = "{accounts.error.email.invalid}") @Size(
				max = 320, message = "{accounts.error.email.invalid}") String email,
		@NotEmpty(message = "{accounts.error.roles.empty}") Set<Role> roles) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", "", Set.of());
	}

	public NewAccountForm {
		roles = (roles == null) ? Set.of() : roles;
	}

}
