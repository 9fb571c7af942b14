package org.membercomms.commsplan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no plan item with the id asked for.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PlanItemNotFound extends RuntimeException {

	PlanItemNotFound(PlanItemId id) {
		super("No plan item " + id);
	}

}
