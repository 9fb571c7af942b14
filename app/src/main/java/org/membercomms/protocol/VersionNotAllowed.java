package org.membercomms.protocol;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The version is not at the stage the step needs (a published version cannot be edited,
 * only a version awaiting approval can be approved).
 */
@ResponseStatus(HttpStatus.CONFLICT)
class VersionNotAllowed extends RuntimeException {

	VersionNotAllowed(String message) {
		super(message);
	}

}
