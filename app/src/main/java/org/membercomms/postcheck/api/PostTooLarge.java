package org.membercomms.postcheck.api;

/**
 * A post over the checker's 100 KB limit.
 */
class PostTooLarge extends RuntimeException {

	PostTooLarge(String message) {
		super(message);
	}

}
