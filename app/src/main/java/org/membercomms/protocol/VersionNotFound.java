package org.membercomms.protocol;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such version of the document.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class VersionNotFound extends RuntimeException {

	public VersionNotFound(PolicyDocument document, int number) {
		super("No version " + number + " of " + document.title());
	}

}
