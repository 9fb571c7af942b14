package org.membercomms.members;

/**
 * Another Member already has this council email address.
 */
public class CouncilEmailTaken extends RuntimeException {

	CouncilEmailTaken(String email) {
		super("Another Member has the council email " + email);
	}

}
