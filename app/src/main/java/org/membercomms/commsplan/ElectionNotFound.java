package org.membercomms.commsplan;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No election has this id (it may have been deleted).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ElectionNotFound extends RuntimeException {

	/**
	 * @param id the id asked for
	 */
	public ElectionNotFound(UUID id) {
		super("No election " + id);
	}

}
