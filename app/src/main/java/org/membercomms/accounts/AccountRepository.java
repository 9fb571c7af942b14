package org.membercomms.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and their roles in PostgreSQL.
 */
@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc
			.sql("select id, username, display_name, password_hash, enabled from account where username = :username")
			.param("username", normalise(username))
			.query((rs, row) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled"), Set.of()))
			.optional()
			.map(account -> new Account(account.id(), account.username(), account.displayName(), account.passwordHash(),
					account.enabled(), rolesOf(account.id())));
	}

	boolean existsByUsername(String username) {
		return this.jdbc.sql("select count(*) from account where username = :username")
			.param("username", normalise(username))
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Account account, String email, Instant createdAt) {
		this.jdbc.sql("""
				insert into account (id, username, display_name, email, password_hash, enabled, created_at)
				values (:id, :username, :displayName, :email, :passwordHash, :enabled, :createdAt)""")
			.param("id", account.id())
			.param("username", normalise(account.username()))
			.param("displayName", account.displayName())
			.param("email", email)
			.param("passwordHash", account.passwordHash())
			.param("enabled", account.enabled())
			.param("createdAt", java.sql.Timestamp.from(createdAt))
			.update();
		for (Role role : account.roles()) {
			this.jdbc.sql("insert into account_role (account_id, role) values (:id, :role)")
				.param("id", account.id())
				.param("role", role.name())
				.update();
		}
	}

	private Set<Role> rolesOf(UUID id) {
		List<Role> roles = this.jdbc.sql("select role from account_role where account_id = :id")
			.param("id", id)
			.query((rs, row) -> Role.valueOf(rs.getString("role")))
			.list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	static String normalise(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
