package org.membercomms.protocol;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such version of the document.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class VersionNotFound extends RuntimeException {

	VersionNotFound(PolicyDocument document, int number) {
		super("No version " + number + " of " + document.title());
	}

}
