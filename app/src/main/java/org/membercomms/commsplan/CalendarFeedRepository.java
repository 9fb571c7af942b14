package org.membercomms.commsplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People's iCalendar feeds ({@code plan_calendar_feed}), kept as the SHA-256 hash of
 * their secret.
 */
@Repository
class CalendarFeedRepository {

	private final JdbcClient jdbc;

	CalendarFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String owner, String hash, Instant at) {
		this.jdbc.sql("""
				insert into plan_calendar_feed (id, owner, secret_hash, created_at)
				values (:id, :owner, :hash, :at)""")
			.param("id", id)
			.param("owner", owner)
			.param("hash", hash)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * @return the id of the owner's working feed that was revoked, if they had one
	 */
	Optional<UUID> revoke(String owner, Instant at) {
		return this.jdbc.sql("""
				update plan_calendar_feed set revoked_at = :at where owner = :owner and revoked_at is null
				returning id""")
			.param("at", Timestamp.from(at))
			.param("owner", owner)
			.query((row, n) -> row.getObject("id", UUID.class))
			.optional();
	}

	Optional<CalendarFeed> working(String owner) {
		return this.jdbc
			.sql("select id, created_at from plan_calendar_feed where owner = :owner and revoked_at is null")
			.param("owner", owner)
			.query((row, n) -> new CalendarFeed(row.getObject("id", UUID.class),
					row.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/**
	 * @return the owner of the working feed with that hash
	 */
	Optional<String> ownerOf(String hash) {
		return this.jdbc.sql("select owner from plan_calendar_feed where secret_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query(String.class)
			.optional();
	}

}
