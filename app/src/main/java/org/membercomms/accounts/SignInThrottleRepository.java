package org.membercomms.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per username in PostgreSQL, counted atomically so that every instance
 * of the application sees the same count.
 */
@Repository
class SignInThrottleRepository {

	private final JdbcClient jdbc;

	SignInThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param usernameKey the normalised username
	 * @return until when the username is locked, if it ever was and has failed since
	 */
	Optional<Instant> lockedUntil(String usernameKey) {
		return this.jdbc.sql("select locked_until from sign_in_throttle where username_key = :key")
			.param("key", usernameKey)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts a failure: the first of a new window counts as one, and the one that reaches
	 * the limit locks the username.
	 * @param usernameKey the normalised username
	 * @param now the time of the failure
	 * @param windowStart failures before this start a new window
	 * @param maxFailures failures within the window that lock the username
	 * @param lockedUntil until when a username reaching the limit now is locked
	 * @return the failures counted in the current window
	 */
	int recordFailure(String usernameKey, Instant now, Instant windowStart, int maxFailures, Instant lockedUntil) {
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
			.param("key", usernameKey)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(windowStart))
			.param("max", maxFailures)
			.param("lockedUntil", Timestamp.from(lockedUntil))
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets the username's failures.
	 */
	void clear(String usernameKey) {
		this.jdbc.sql("delete from sign_in_throttle where username_key = :key").param("key", usernameKey).update();
	}

}
