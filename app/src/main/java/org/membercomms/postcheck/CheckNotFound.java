package org.membercomms.postcheck;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A check or archive scan that does not exist, or is not the asker's own: the two look
 * the same, so nobody learns that someone else's exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CheckNotFound extends RuntimeException {

	/**
	 * @param what what was asked for, such as "check" or "archive scan"
	 */
	public CheckNotFound(String what) {
		super("No such " + what);
	}

}
