package org.membercomms.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to accounts and their administration: opening them, their roles, their
 * link to a Member, switching them off and on. Every change is written to the audit trail
 * in its own transaction. Password links, two-factor authentication and signing in have
 * front doors of their own ({@link PasswordLinks}, {@link SecondFactors},
 * {@link SignInSteps}).
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordLinks links;

	private final AccountTrail trail;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder passwords, PasswordLinks links, AccountTrail trail,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.links = links;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Opens an account with a known password unless one with that username exists (the
	 * demo accounts, and tests).
	 * @param username the sign-in name (case does not matter)
	 * @param displayName the name shown to people
	 * @param email the person's email address
	 * @param password the password in clear, hashed before it is stored
	 * @param roles what the person does
	 * @return whether an account was opened
	 */
	@Transactional
	public boolean openIfAbsent(String username, String displayName, String email, String password, Set<Role> roles) {
		if (this.accounts.existsByUsername(username)) {
			return false;
		}
		Account account = new Account(new AccountId(UUID.randomUUID()), AccountRepository.normalise(username),
				displayName, email, this.passwords.encode(password), true, roles, false, null);
		insert(account);
		this.trail.secretChanged(account.id(), "password set", "password");
		return true;
	}

	/**
	 * Opens an account without a password and emails the person a one-time link to set
	 * one.
	 * @param username the sign-in name (case does not matter)
	 * @param displayName the person's name
	 * @param email the person's email address
	 * @param roles what the person does
	 * @return the new account's id
	 * @throws UsernameTaken if another account has that username
	 * @throws EmailTaken if another account has that email address
	 */
	@Transactional
	public AccountId open(String username, String displayName, String email, Set<Role> roles) {
		if (this.accounts.existsByUsername(username)) {
			throw new UsernameTaken(username);
		}
		if (this.accounts.existsByEmail(email)) {
			throw new EmailTaken();
		}
		Account account = new Account(new AccountId(UUID.randomUUID()), AccountRepository.normalise(username),
				displayName.strip(), email.strip(), null, true, roles, false, null);
		insert(account);
		this.links.email(account, true);
		return account.id();
	}

	/**
	 * @return every account, by name
	 */
	@Transactional(readOnly = true)
	public List<AccountSummary> all() {
		return this.accounts.findAll().stream().map(Account::summary).toList();
	}

	/**
	 * @param id an account's id
	 * @return the account
	 * @throws NoSuchAccount if there is no such account
	 */
	@Transactional(readOnly = true)
	public AccountSummary get(AccountId id) {
		return load(id).summary();
	}

	/**
	 * @param username a username
	 * @return the account, if there is one (whether or not its person has set a password)
	 */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return this.accounts.findByUsername(username).map(Account::summary);
	}

	/**
	 * @param memberId a Member's id in the directory
	 * @return the account linked to that Member, if any
	 */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByMember(MemberId memberId) {
		return this.accounts.findByMember(memberId).map(Account::summary);
	}

	/**
	 * Gives an account exactly these roles. The change applies to the person's open
	 * sessions from their next request.
	 * @param id the account
	 * @param roles the roles, at least one
	 * @throws LastAdministrator if it would leave no enabled administrator
	 */
	@Transactional
	public void changeRoles(AccountId id, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		Account account = load(id);
		if (account.roles().equals(roles)) {
			return;
		}
		if (account.enabled() && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			requireAnotherAdministrator();
		}
		this.accounts.replaceRoles(account.id(), roles, this.clock.instant());
		this.trail.rolesChanged(account.id(), "roles changed", account.roles(), roles);
	}

	/**
	 * Stops a person signing in; their open sessions end at their next request.
	 * @param id the account
	 * @throws LastAdministrator if it is the last enabled administrator
	 */
	@Transactional
	public void disable(AccountId id) {
		Account account = load(id);
		if (!account.enabled()) {
			return;
		}
		if (account.roles().contains(Role.ADMIN)) {
			requireAnotherAdministrator();
		}
		this.accounts.setEnabled(account.id(), false, this.clock.instant());
		this.accounts.endSessions(account.id());
		this.trail.record(account.id(), "disabled", List.of(FieldChange.of("enabled", "yes", "no")));
	}

	/**
	 * Lets a disabled person sign in again.
	 * @param id the account
	 */
	@Transactional
	public void enable(AccountId id) {
		Account account = load(id);
		if (account.enabled()) {
			return;
		}
		this.accounts.setEnabled(account.id(), true, this.clock.instant());
		this.trail.record(account.id(), "enabled", List.of(FieldChange.of("enabled", "no", "yes")));
	}

	/**
	 * Links a MEMBER account to its Member in the directory, or unlinks it.
	 * @param id the account
	 * @param memberId the Member's id, or {@code null} to unlink
	 */
	@Transactional
	public void linkToMember(AccountId id, MemberId memberId) {
		Account account = load(id);
		if (Objects.equals(account.memberId(), memberId)) {
			return;
		}
		this.accounts.setMember(account.id(), memberId, this.clock.instant());
		this.trail.record(account.id(), "member link changed",
				List.of(FieldChange.of("member", account.memberId(), memberId)));
	}

	private void insert(Account account) {
		this.accounts.insert(account, this.clock.instant());
		this.trail.opened(account);
	}

	private Account load(AccountId id) {
		return this.accounts.findById(id).orElseThrow(() -> new NoSuchAccount(id));
	}

	private void requireAnotherAdministrator() {
		if (this.accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
			throw new LastAdministrator();
		}
	}

}
