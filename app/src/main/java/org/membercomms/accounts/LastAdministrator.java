package org.membercomms.accounts;

/**
 * Thrown when a change would leave no enabled administrator, and so nobody who could
 * manage accounts.
 */
public class LastAdministrator extends RuntimeException {

	LastAdministrator() {
		super("This is the last enabled administrator");
	}

}
