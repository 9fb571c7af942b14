package org.membercomms.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The email address of a person who has forgotten their password.
 *
 * @param email the address
 */
record ForgottenPasswordForm(@NotBlank(message = "{accounts.error.email.blank}") @Email(
		message = "{accounts.error.email.invalid}") String email) {
}
