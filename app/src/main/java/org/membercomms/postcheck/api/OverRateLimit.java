package org.membercomms.postcheck.api;

/**
 * A request that would take its token past its checks for the minute.
 */
class OverRateLimit extends RuntimeException {

	private final long retryAfter;

	OverRateLimit(long retryAfter) {
		super("Over the rate limit for " + retryAfter + " more seconds");
		this.retryAfter = retryAfter;
	}

	long retryAfter() {
		return this.retryAfter;
	}

}
