package org.membercomms.postcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's limit of requests per token per minute, counted in PostgreSQL so that it
 * holds across every instance: one row per token and fixed one-minute window, incremented
 * with an upsert.
 */
@Service
public class RateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final RateLimitRepository repository;

	private final PostCheckSettings settings;

	private final Clock clock;

	RateLimit(RateLimitRepository repository, PostCheckSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Counts a request.
	 * @param token the token making it
	 * @return zero when the request may go ahead, otherwise the seconds until the window
	 * ends
	 */
	@Transactional
	public long acquire(UUID token) {
		Instant now = this.clock.instant();
		Instant window = now.truncatedTo(ChronoUnit.MINUTES);
		int requests = this.repository.count(token, window);
		if (requests <= this.settings.apiRequestsPerMinute()) {
			return 0;
		}
		long millis = Duration.between(now, window.plus(WINDOW)).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

	/**
	 * Deletes the counts of windows that have ended.
	 * @return how many were deleted
	 */
	@Transactional
	public int forgetEndedWindows() {
		return this.repository.deleteWindowsBefore(this.clock.instant().minus(WINDOW));
	}

}
