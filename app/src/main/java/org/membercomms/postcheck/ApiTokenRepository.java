package org.membercomms.postcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens ({@code api_token}), kept as the SHA-256 hash of their secret.
 */
@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String owner, String name, String hash, Instant at) {
		this.jdbc.sql("""
				insert into api_token (id, owner, name, token_hash, created_at)
				values (:id, :owner, :name, :hash, :at)""")
			.param("id", id)
			.param("owner", owner)
			.param("name", name)
			.param("hash", hash)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * @return how many tokens were revoked: one, or none when the owner has no such
	 * working token
	 */
	int revoke(String owner, UUID id, Instant at) {
		return this.jdbc.sql("""
				update api_token set revoked_at = :at where id = :id and owner = :owner and revoked_at is null""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	List<ApiToken> of(String owner) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from api_token
				where owner = :owner order by created_at desc""")
			.param("owner", owner)
			.query(ApiTokenRepository::token)
			.list();
	}

	/**
	 * Notes that a working token was used.
	 * @return who it belongs to, unless no working token has that hash
	 */
	Optional<ApiTokenHolder> use(String hash, Instant at) {
		return this.jdbc.sql("""
				update api_token set last_used_at = :at where token_hash = :hash and revoked_at is null
				returning id, owner""")
			.param("at", Timestamp.from(at))
			.param("hash", hash)
			.query((row, n) -> new ApiTokenHolder(row.getObject("id", UUID.class), row.getString("owner")))
			.optional();
	}

	private static ApiToken token(ResultSet row, int number) throws SQLException {
		return new ApiToken(row.getObject("id", UUID.class), row.getString("name"),
				row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("last_used_at")),
				instant(row.getTimestamp("revoked_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
