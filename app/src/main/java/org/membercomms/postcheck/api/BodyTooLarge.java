package org.membercomms.postcheck.api;

import java.io.IOException;

/**
 * A request body found to be over the API's limit while it was read: one sent without a
 * {@code Content-Length}, or longer than it said.
 */
class BodyTooLarge extends IOException {

	private final long maxBytes;

	BodyTooLarge(long maxBytes) {
		super("The request body is over " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return this.maxBytes;
	}

}
