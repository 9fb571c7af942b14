package org.membercomms.postcheck;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The API's request counts ({@code api_rate_window}): one row per token and one-minute
 * window.
 */
@Repository
class RateLimitRepository {

	private final JdbcClient jdbc;

	RateLimitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one more request of the token in the window, with an upsert.
	 * @return how many requests the token has made in the window, this one included
	 */
	int count(UUID token, Instant window) {
		return this.jdbc.sql("""
				insert into api_rate_window (token_id, window_start, requests) values (:token, :window, 1)
				on conflict (token_id, window_start) do update set requests = api_rate_window.requests + 1
				returning requests""")
			.param("token", token)
			.param("window", Timestamp.from(window))
			.query(Integer.class)
			.single();
	}

	/**
	 * @return how many windows starting before the instant were deleted
	 */
	int deleteWindowsBefore(Instant before) {
		return this.jdbc.sql("delete from api_rate_window where window_start < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

}
