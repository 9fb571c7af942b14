package org.membercomms.postcheck;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checks counted against the rate limits: the API's per token and one-minute window
 * ({@code api_rate_window}), the page's per person and window
 * ({@code check_rate_window}).
 */
@Repository
class RateLimitRepository {

	private final JdbcClient jdbc;

	RateLimitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts more checks of the token in the window, with an upsert.
	 * @return how many checks the token has made in the window, these included
	 */
	int count(UUID token, Instant window, int checks) {
		return this.jdbc.sql("""
				insert into api_rate_window (token_id, window_start, requests) values (:token, :window, :checks)
				on conflict (token_id, window_start) do update set requests = api_rate_window.requests + :checks
				returning requests""")
			.param("token", token)
			.param("window", Timestamp.from(window))
			.param("checks", checks)
			.query(Integer.class)
			.single();
	}

	/**
	 * Counts more checks of the person on the page in the window, with an upsert.
	 * @return how many checks the person has made in the window, these included
	 */
	int countOnPage(String owner, Instant window, int checks) {
		return this.jdbc.sql("""
				insert into check_rate_window (owner, window_start, checks) values (:owner, :window, :checks)
				on conflict (owner, window_start) do update set checks = check_rate_window.checks + :checks
				returning checks""")
			.param("owner", owner)
			.param("window", Timestamp.from(window))
			.param("checks", checks)
			.query(Integer.class)
			.single();
	}

	/**
	 * @return how many of the API's windows starting before the instant were deleted
	 */
	int deleteWindowsBefore(Instant before) {
		return this.jdbc.sql("delete from api_rate_window where window_start < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	/**
	 * @return how many of the page's windows starting before the instant were deleted
	 */
	int deletePageWindowsBefore(Instant before) {
		return this.jdbc.sql("delete from check_rate_window where window_start < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

}
