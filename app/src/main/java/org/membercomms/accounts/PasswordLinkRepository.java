package org.membercomms.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to set a password in PostgreSQL: each link's token hash, its account,
 * when it expires and when it was used. Never the token itself.
 */
@Repository
class PasswordLinkRepository {

	private final JdbcClient jdbc;

	PasswordLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends every unused link of the account.
	 */
	void endUnused(AccountId accountId, Instant now) {
		this.jdbc.sql("update password_link set used_at = :now where account_id = :account and used_at is null")
			.param("account", accountId.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	void insert(String tokenHash, AccountId accountId, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				insert into password_link (token_hash, account_id, created_at, expires_at)
				values (:hash, :account, :now, :expiresAt)""")
			.param("hash", tokenHash)
			.param("account", accountId.value())
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	boolean issuedSince(AccountId accountId, Instant since) {
		return this.jdbc.sql("select count(*) from password_link where account_id = :account and created_at > :since")
			.param("account", accountId.value())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @return the account of the link with this token hash, while it is unused and
	 * unexpired
	 */
	Optional<AccountId> accountFor(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				select account_id from password_link
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional()
			.map(AccountId::new);
	}

	/**
	 * Uses a link up, atomically: of two requests with the same token only one succeeds.
	 * @return the account the link was for, if it was still unused and unexpired
	 */
	Optional<AccountId> use(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				update password_link set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning account_id""")
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional()
			.map(AccountId::new);
	}

}
