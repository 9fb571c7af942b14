package org.membercomms.accounts;

/**
 * Thrown when an account would share its email address with another: single sign-on and
 * password links find an account by its email address.
 */
public class EmailTaken extends RuntimeException {

	EmailTaken() {
		super("Another account has that email address");
	}

}
