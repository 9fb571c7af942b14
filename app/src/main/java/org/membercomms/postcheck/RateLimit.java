package org.membercomms.postcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many checks a person may make in a minute, counted in PostgreSQL so that the limit
 * holds across every instance: one row per API token, or per person on the page, and
 * fixed one-minute window, incremented with an upsert. A check uses one from the
 * allowance for each {@link PostCheckSettings#charactersPerCheck()} characters of its
 * post, or part of them, so an API batch counts by its posts and its size. Refused
 * requests count too, so hammering does not help.
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
	 * Counts an API request as one check, before its body is read.
	 * @param token the token making it
	 * @return zero when the request may go ahead, otherwise the seconds until the window
	 * ends
	 */
	@Transactional
	public long acquire(UUID token) {
		return acquire(token, 1);
	}

	/**
	 * Counts checks an API request uses beyond the one {@link #acquire(UUID)} counted.
	 * @param token the token making it
	 * @param checks how many more checks it uses (none counts nothing)
	 * @return zero when the request may go ahead, otherwise the seconds until the window
	 * ends
	 */
	@Transactional
	public long acquire(UUID token, int checks) {
		if (checks <= 0) {
			return 0;
		}
		Instant now = this.clock.instant();
		int used = this.repository.count(token, windowOf(now), checks);
		return waitFor(used, this.settings.apiRequestsPerMinute(), now);
	}

	/**
	 * Counts a check made on the page.
	 * @param person the signed-in person checking
	 * @param draft their draft
	 * @return zero when the check may go ahead, otherwise the seconds until the window
	 * ends
	 */
	@Transactional
	public long acquireOnPage(String person, Draft draft) {
		Instant now = this.clock.instant();
		int used = this.repository.countOnPage(person, windowOf(now), checksUsedBy(draft));
		return waitFor(used, this.settings.pageChecksPerMinute(), now);
	}

	/**
	 * @param draft a draft
	 * @return how many checks it uses from an allowance: one for each
	 * {@link PostCheckSettings#charactersPerCheck()} characters, or part of them, and at
	 * least one
	 */
	public int checksUsedBy(Draft draft) {
		long per = this.settings.charactersPerCheck();
		return (int) Math.max(1, (draft.text().length() + per - 1) / per);
	}

	/**
	 * @param drafts the drafts of a batch
	 * @return how many checks they use together
	 */
	public int checksUsedBy(List<Draft> drafts) {
		return drafts.stream().mapToInt(this::checksUsedBy).sum();
	}

	/**
	 * Deletes the counts of windows that have ended.
	 * @return how many were deleted
	 */
	@Transactional
	public int forgetEndedWindows() {
		Instant before = this.clock.instant().minus(WINDOW);
		return this.repository.deleteWindowsBefore(before) + this.repository.deletePageWindowsBefore(before);
	}

	private static Instant windowOf(Instant now) {
		return now.truncatedTo(ChronoUnit.MINUTES);
	}

	private static long waitFor(int used, int allowance, Instant now) {
		if (used <= allowance) {
			return 0;
		}
		long millis = Duration.between(now, windowOf(now).plus(WINDOW)).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
