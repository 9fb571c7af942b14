package org.membercomms.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A booking change or attendance mark at the wrong time: after the session started, or
 * before its day.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class SessionClosed extends RuntimeException {

	SessionClosed(String message) {
		super(message);
	}

}
