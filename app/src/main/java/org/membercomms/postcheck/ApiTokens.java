package org.membercomms.postcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a person creates and revokes their own. A token is 256 random
 * bits; only its SHA-256 hash is stored, and the audit trail records that a token was
 * created or revoked, never the token itself.
 */
@Service
class ApiTokens {

	static final String RECORD_TYPE = "API token";

	static final String PREFIX = "mct_";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The secret of a new token, to show its owner once.
	 *
	 * @param id the token's id
	 * @param secret the token to put in {@code Authorization: Bearer}
	 */
	record NewToken(UUID id, String secret) {

		@Override
		public String toString() {
			return "NewToken[" + this.id + "]";
		}

	}

	/**
	 * Who a valid token belongs to.
	 *
	 * @param id the token's id
	 * @param owner the username of its owner
	 */
	record Holder(UUID id, String owner) {
	}

	@Transactional
	NewToken create(String owner, String name) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into api_token (id, owner, name, token_hash, created_at)
				values (:id, :owner, :name, :hash, :at)""")
			.param("id", id)
			.param("owner", owner)
			.param("name", name)
			.param("hash", hash(secret))
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(RECORD_TYPE, id, "created", List.of(FieldChange.of("owner", null, owner),
				FieldChange.of("name", null, name), FieldChange.secret("token")));
		return new NewToken(id, secret);
	}

	@Transactional
	void revoke(String owner, UUID id) {
		int revoked = this.jdbc.sql("""
				update api_token set revoked_at = :at where id = :id and owner = :owner and revoked_at is null""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("owner", owner)
			.update();
		if (revoked == 0) {
			throw new CheckNotFound("API token");
		}
		this.audit.record(RECORD_TYPE, id, "revoked", List.of(FieldChange.of("status", "active", "revoked")));
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(String owner) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from api_token
				where owner = :owner order by created_at desc""")
			.param("owner", owner)
			.query((row, n) -> new ApiToken(row.getObject("id", UUID.class), row.getString("name"),
					row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("last_used_at")),
					instant(row.getTimestamp("revoked_at"))))
			.list();
	}

	/**
	 * @param secret a token from an {@code Authorization} header
	 * @return who it belongs to, if it is a token that has not been revoked
	 */
	@Transactional
	Optional<Holder> holderOf(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update api_token set last_used_at = :at where token_hash = :hash and revoked_at is null
				returning id, owner""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("hash", hash(secret))
			.query((row, n) -> new Holder(row.getObject("id", UUID.class), row.getString("owner")))
			.optional();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
