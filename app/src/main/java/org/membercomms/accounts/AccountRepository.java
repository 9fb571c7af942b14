package org.membercomms.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and their roles in PostgreSQL.
 */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.email, a.password_hash, a.enabled, a.member_id,
			       a.totp_secret is not null as second_factor, a.session_generation,
			       array(select r.role from account_role r where r.account_id = a.id) as roles
			from account a""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where a.username = :username")
			.param("username", normalise(username))
			.query(AccountRepository::account)
			.optional();
	}

	Optional<Account> findById(AccountId id) {
		return this.jdbc.sql(SELECT + " where a.id = :id")
			.param("id", id.value())
			.query(AccountRepository::account)
			.optional();
	}

	Optional<Account> findByEmail(String email) {
		return this.jdbc.sql(SELECT + " where lower(a.email) = lower(:email)")
			.param("email", email.strip())
			.query(AccountRepository::account)
			.optional();
	}

	Optional<Account> findByMember(MemberId memberId) {
		return this.jdbc.sql(SELECT + " where a.member_id = :memberId order by a.created_at limit 1")
			.param("memberId", memberId.value())
			.query(AccountRepository::account)
			.optional();
	}

	List<Account> findAll() {
		return this.jdbc.sql(SELECT + " order by a.display_name, a.username").query(AccountRepository::account).list();
	}

	boolean existsByUsername(String username) {
		return this.jdbc.sql("select count(*) from account where username = :username")
			.param("username", normalise(username))
			.query(Integer.class)
			.single() > 0;
	}

	boolean existsByEmail(String email) {
		return this.jdbc.sql("select count(*) from account where lower(email) = lower(:email)")
			.param("email", email.strip())
			.query(Integer.class)
			.single() > 0;
	}

	int countEnabledWithRole(Role role) {
		return this.jdbc.sql("""
				select count(*) from account a join account_role r on r.account_id = a.id
				where a.enabled and r.role = :role""").param("role", role.name()).query(Integer.class).single();
	}

	void insert(Account account, Instant createdAt) {
		this.jdbc.sql("""
				insert into account (id, username, display_name, email, password_hash, enabled, member_id, created_at)
				values (:id, :username, :displayName, :email, :passwordHash, :enabled, :memberId, :createdAt)""")
			.param("id", account.id().value())
			.param("username", normalise(account.username()))
			.param("displayName", account.displayName())
			.param("email", account.email())
			.param("passwordHash", account.passwordHash())
			.param("enabled", account.enabled())
			.param("memberId", uuid(account.memberId()))
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		insertRoles(account.id(), account.roles());
	}

	void replaceRoles(AccountId id, Set<Role> roles, Instant now) {
		this.jdbc.sql("delete from account_role where account_id = :id").param("id", id.value()).update();
		insertRoles(id, roles);
		touch(id, now);
	}

	void setEnabled(AccountId id, boolean enabled, Instant now) {
		set(id, "enabled", enabled, now);
	}

	/**
	 * Ends every session of the account at its next request.
	 */
	void endSessions(AccountId id) {
		this.jdbc.sql("update account set session_generation = session_generation + 1 where id = :id")
			.param("id", id.value())
			.update();
	}

	void setPasswordHash(AccountId id, String passwordHash, Instant now) {
		set(id, "password_hash", passwordHash, now);
	}

	void setSecondFactorSecret(AccountId id, String secret, Instant now) {
		set(id, "totp_secret", secret, now);
		this.jdbc.sql("update account set totp_last_step = null where id = :id").param("id", id.value()).update();
	}

	/**
	 * Records that a one-time code of a time step was used, unless a code of that step or
	 * a later one was used before.
	 * @param id the account
	 * @param step the code's time step
	 * @return false when the step was already used (the code is being replayed)
	 */
	boolean useCodeStep(AccountId id, long step) {
		return this.jdbc.sql("""
				update account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("id", id.value())
			.param("step", step)
			.update() == 1;
	}

	void setMember(AccountId id, MemberId memberId, Instant now) {
		set(id, "member_id", uuid(memberId), now);
	}

	Optional<String> secondFactorSecret(AccountId id) {
		return this.jdbc.sql("select totp_secret from account where id = :id and totp_secret is not null")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	private void insertRoles(AccountId id, Set<Role> roles) {
		for (Role role : roles) {
			this.jdbc.sql("insert into account_role (account_id, role) values (:id, :role)")
				.param("id", id.value())
				.param("role", role.name())
				.update();
		}
	}

	private void touch(AccountId id, Instant now) {
		this.jdbc.sql("update account set updated_at = :now where id = :id")
			.param("id", id.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @param column one of this class's own column names, never a value from outside
	 */
	private void set(AccountId id, String column, Object value, Instant now) {
		this.jdbc.sql("update account set " + column + " = :value, updated_at = :now where id = :id")
			.param("id", id.value())
			.param("value", value)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		UUID memberId = rs.getObject("member_id", UUID.class);
		return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
				rs.getBoolean("enabled"), roles(rs.getArray("roles")), rs.getBoolean("second_factor"),
				(memberId != null) ? new MemberId(memberId) : null, rs.getInt("session_generation"));
	}

	private static UUID uuid(MemberId memberId) {
		return (memberId != null) ? memberId.value() : null;
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		return roles;
	}

	static String normalise(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
