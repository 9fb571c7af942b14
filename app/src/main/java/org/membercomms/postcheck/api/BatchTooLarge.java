package org.membercomms.postcheck.api;

/**
 * A batch whose posts hold more text in all than a batch may.
 */
class BatchTooLarge extends RuntimeException {

	BatchTooLarge(String message) {
		super(message);
	}

}
