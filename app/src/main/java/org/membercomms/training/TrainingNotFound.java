package org.membercomms.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A requirement, session, completion or quiz attempt that does not exist (or is not the
 * asker's to see).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFound extends RuntimeException {

	/**
	 * @param what what was asked for, such as {@code "certificate " + id}
	 */
	public TrainingNotFound(String what) {
		super("No such " + what);
	}

}
