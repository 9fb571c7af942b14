package org.membercomms.postcheck.api;

/**
 * A post sent to the API that cannot be checked: its message says what is wrong, and
 * never repeats the post.
 */
class BadPost extends RuntimeException {

	private final String field;

	BadPost(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
