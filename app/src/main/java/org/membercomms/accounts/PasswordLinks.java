package org.membercomms.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links to set a password. The token goes only into the email; the database
 * keeps its SHA-256 hash, when it expires and when it was used. A link works once, until
 * it expires, and a new link for the same account ends the earlier ones.
 */
@Component
class PasswordLinks {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordLinkSettings settings;

	PasswordLinks(JdbcClient jdbc, PasswordLinkSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Issues a link, ending any earlier unused link of the account.
	 * @param accountId the account
	 * @param now the time
	 * @return the link to send
	 */
	String issue(UUID accountId, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("update password_link set used_at = :now where account_id = :account and used_at is null")
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				insert into password_link (token_hash, account_id, created_at, expires_at)
				values (:hash, :account, :now, :expiresAt)""")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(this.settings.expiresAfter())))
			.update();
		return this.settings.linkFor(token);
	}

	/**
	 * @param accountId an account
	 * @param since a time
	 * @return whether a link was issued for the account after that time
	 */
	boolean issuedSince(UUID accountId, Instant since) {
		return this.jdbc.sql("select count(*) from password_link where account_id = :account and created_at > :since")
			.param("account", accountId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @param token the token from a link
	 * @param now the time
	 * @return the account the link is for, while it is unused and unexpired
	 */
	Optional<UUID> accountFor(String token, Instant now) {
		return this.jdbc.sql("""
				select account_id from password_link
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Uses a link up, atomically: of two requests with the same token only one succeeds.
	 * @param token the token from a link
	 * @param now the time
	 * @return the account the link was for, if it was still unused and unexpired
	 */
	Optional<UUID> use(String token, Instant now) {
		return this.jdbc.sql("""
				update password_link set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning account_id""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

}
