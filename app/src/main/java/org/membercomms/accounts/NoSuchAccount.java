package org.membercomms.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when an account id names no account: the page is not found.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchAccount extends RuntimeException {

	NoSuchAccount(AccountId id) {
		super("No account " + id);
	}

}
