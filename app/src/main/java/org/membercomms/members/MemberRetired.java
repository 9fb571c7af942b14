package org.membercomms.members;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A retired Member's details cannot be changed: their record stays as it was.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class MemberRetired extends RuntimeException {

	MemberRetired(MemberId id) {
		super("Member " + id + " has retired");
	}

}
