package org.membercomms.accounts;

import org.springframework.security.authentication.LockedException;

/**
 * Thrown when a username is locked after too many failed sign-ins.
 */
class SignInLocked extends LockedException {

	SignInLocked() {
		super("Too many failed sign-ins");
	}

}
