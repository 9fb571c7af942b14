package org.membercomms.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in PostgreSQL, so that every instance of the
 * application sees the same count, and locks a username for a while after too many.
 * <p>
 * Unknown usernames are counted too, so the lock does not tell anyone which usernames
 * exist.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInSettings settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from sign_in_throttle where username_key = :key")
			.param("key", AccountRepository.normalise(username))
			.query(Timestamp.class)
			.optional()
			.map(lockedUntil -> lockedUntil.toInstant().isAfter(now))
			.orElse(false);
	}

	/**
	 * Records a failure, atomically across instances, and locks the username when it
	 * reaches the limit within the window.
	 * @param username the username tried
	 * @return the failures counted in the current window
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int recordFailure(String username) {
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(this.settings.failureWindow()));
		return this.jdbc
			.sql("""
					insert into sign_in_throttle as t (username_key, failures, first_failure_at, locked_until)
					values (:key, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
					on conflict (username_key) do update set
					    failures = case when t.first_failure_at < :windowStart then 1 else t.failures + 1 end,
					    first_failure_at = case when t.first_failure_at < :windowStart then :now else t.first_failure_at end,
					    locked_until = case
					        when (case when t.first_failure_at < :windowStart then 1 else t.failures + 1 end) >= :max
					            then cast(:lockedUntil as timestamptz)
					        else t.locked_until end
					returning failures""")
			.param("key", AccountRepository.normalise(username))
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.param("max", this.settings.maxFailures())
			.param("lockedUntil", Timestamp.from(now.plus(this.settings.lockout())))
			.query(Integer.class)
			.single();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		this.jdbc.sql("delete from sign_in_throttle where username_key = :key")
			.param("key", AccountRepository.normalise(username))
			.update();
	}

}
