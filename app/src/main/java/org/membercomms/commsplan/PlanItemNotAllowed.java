package org.membercomms.commsplan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The step does not fit the item: it is at the wrong stage, or the person may not take it
 * (an author approving their own item). The message says why, in plain English.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanItemNotAllowed extends RuntimeException {

	/**
	 * @param message why, to show the person
	 */
	public PlanItemNotAllowed(String message) {
		super(message);
	}

}
