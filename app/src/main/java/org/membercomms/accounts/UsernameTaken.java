package org.membercomms.accounts;

/**
 * Thrown when an account is opened with a username that another account has.
 */
public class UsernameTaken extends RuntimeException {

	UsernameTaken(String username) {
		super("The username '" + username + "' is taken");
	}

}
