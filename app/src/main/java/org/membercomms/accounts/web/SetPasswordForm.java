package org.membercomms.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice.
 *
 * @param password the password
 * @param confirmation the same again
 */
record SetPasswordForm(@NotBlank(message = "{password.error.blank}") @Size(min = 12, max = 128,
		message = "{password.error.size}") String password, String confirmation) {

	@AssertTrue(message = "{password.error.confirmation}")
	boolean isConfirmed() {
		return this.password == null || this.password.equals(this.confirmation);
	}

}
