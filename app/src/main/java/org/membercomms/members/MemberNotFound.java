package org.membercomms.members;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no Member (or no such part of one) with the id asked for.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MemberNotFound extends RuntimeException {

	public MemberNotFound(Object id) {
		super("No Member " + id);
	}

}
