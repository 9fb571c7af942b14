package org.membercomms.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;
import org.membercomms.notifications.Notifications;
import org.membercomms.system.CouncilSettings;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to accounts. Every change is written to the audit trail in its own
 * transaction; secrets (passwords, second-factor keys) only as having changed.
 */
@Service
public class Accounts {

	static final String RECORD_TYPE = "account";

	/** How often a person may ask for a password link themselves. */
	static final Duration LINK_REQUEST_INTERVAL = Duration.ofMinutes(5);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordLinks links;

	private final PasswordLinkSettings linkSettings;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final CouncilSettings council;

	private final Clock clock;

	private final SecondFactor codes;

	Accounts(AccountRepository accounts, PasswordEncoder passwords, PasswordLinks links,
			PasswordLinkSettings linkSettings, Notifications notifications, AuditTrail audit, CouncilSettings council,
			Clock clock, SecondFactor codes) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwords = passwords;
		this.links = links;
		this.linkSettings = linkSettings;
		this.notifications = notifications;
		this.audit = audit;
		this.council = council;
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
		this.audit.record(RECORD_TYPE, account.id(), "password set", List.of(FieldChange.secret("password")));
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
		emailPasswordLink(account, true);
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
	 * @return the account, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(AccountId id) {
		return this.accounts.findById(id).map(Account::summary);
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
		this.audit.record(RECORD_TYPE, account.id(), "roles changed",
				List.of(FieldChange.of("roles", names(account.roles()), names(roles))));
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
		this.audit.record(RECORD_TYPE, account.id(), "disabled", List.of(FieldChange.of("enabled", "yes", "no")));
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
		this.audit.record(RECORD_TYPE, account.id(), "enabled", List.of(FieldChange.of("enabled", "no", "yes")));
	}

	/**
	 * Emails the person a one-time link to set a new password; earlier links stop
	 * working.
	 * @param id the account
	 */
	@Transactional
	public void sendPasswordLink(AccountId id) {
		emailPasswordLink(load(id), false);
	}

	/**
	 * A person who has forgotten their password asks for a link. It goes only to the
	 * email address of an enabled account, and at most once every few minutes, so that
	 * nobody can flood someone's inbox; the caller says the same whatever happened.
	 * @param email the email address the person typed
	 */
	@Transactional
	public void requestPasswordLink(String email) {
		Instant now = this.clock.instant();
		this.accounts.findByEmail(email)
			.filter(Account::enabled)
			.filter(account -> !this.links.issuedSince(account.id(), now.minus(LINK_REQUEST_INTERVAL)))
			.ifPresent(account -> emailPasswordLink(account, false));
	}

	/**
	 * Links a MEMBER account to its Member in the directory, or unlinks it.
	 * @param id the account
	 * @param memberId the Member's id, or {@code null} to unlink
	 */
	@Transactional
	public void linkToMember(AccountId id, MemberId memberId) {
		Account account = load(id);
		if (java.util.Objects.equals(account.memberId(), memberId)) {
			return;
		}
		this.accounts.setMember(account.id(), memberId, this.clock.instant());
		this.audit.record(RECORD_TYPE, account.id(), "member link changed",
				List.of(FieldChange.of("member", account.memberId(), memberId)));
	}

	/**
	 * Removes a person's second factor, for example when they lose their phone. A person
	 * who needs one must then set a new one up at their next sign-in.
	 * @param id the account
	 */
	@Transactional
	public void removeSecondFactor(AccountId id) {
		Account account = load(id);
		if (!account.secondFactor()) {
			return;
		}
		this.accounts.setSecondFactorSecret(account.id(), null, this.clock.instant());
		this.audit.record(RECORD_TYPE, account.id(), "second factor removed",
				List.of(FieldChange.secret("second factor key")));
	}

	@Transactional
	void setUpSecondFactor(AccountId accountId, String secret) {
		this.accounts.setSecondFactorSecret(accountId, secret, this.clock.instant());
		this.audit.record(RECORD_TYPE, accountId, "second factor set up",
				List.of(FieldChange.secret("second factor key")));
	}

	/**
	 * Sets up a second factor confirmed with a code of the new key, which is used up like
	 * a code at sign-in.
	 * @param accountId the account
	 * @param secret the new key
	 * @param step the time step of the code that confirmed it
	 */
	@Transactional
	void setUpSecondFactor(AccountId accountId, String secret, long step) {
		setUpSecondFactor(accountId, secret);
		this.accounts.useCodeStep(accountId, step);
	}

	/**
	 * Gives a demo account its fixed second-factor key, unless it has one.
	 */
	@Transactional
	void giveDemoSecondFactor(String username, String secret) {
		this.accounts.findByUsername(username)
			.filter(account -> !account.secondFactor())
			.ifPresent(account -> setUpSecondFactor(account.id(), secret));
	}

	/**
	 * Checks a one-time code at sign-in and uses it up: the same code, or one of an
	 * earlier time step, is never accepted again for the account (RFC 6238 section 5.2),
	 * so a code seen over someone's shoulder or relayed by a phishing page cannot be used
	 * after them.
	 * @param accountId the account signing in
	 * @param code what they typed
	 * @return whether the code is right and was not used before
	 */
	@Transactional
	CodeCheck useCode(AccountId accountId, String code) {
		OptionalLong step = this.accounts.secondFactorSecret(accountId)
			.map(secret -> this.codes.step(secret, code))
			.orElse(OptionalLong.empty());
		if (step.isEmpty()) {
			return CodeCheck.WRONG;
		}
		return this.accounts.useCodeStep(accountId, step.getAsLong()) ? CodeCheck.RIGHT : CodeCheck.USED;
	}

	/** What a one-time code typed at sign-in turned out to be. */
	enum CodeCheck {

		RIGHT, WRONG, USED

	}

	@Transactional(readOnly = true)
	boolean passwordLinkWorks(String token) {
		return this.links.accountFor(token, this.clock.instant()).isPresent();
	}

	/**
	 * Sets a password through a one-time link, using the link up.
	 * @param token the link's token
	 * @param password the new password in clear
	 * @return whether the link still worked
	 */
	@Transactional
	boolean setPasswordWithLink(String token, String password) {
		Optional<AccountId> accountId = this.links.use(token, this.clock.instant());
		accountId.ifPresent(id -> {
			this.accounts.setPasswordHash(id, this.passwords.encode(password), this.clock.instant());
			this.accounts.endSessions(id);
			this.audit.record(RECORD_TYPE, id, "password set", List.of(FieldChange.secret("password")));
		});
		return accountId.isPresent();
	}

	/**
	 * Opens the first administrator's account of a new installation, with no password,
	 * and issues them a link to set one. Until they have set it, each call issues a fresh
	 * link (ending the earlier one). Does nothing once an administrator can sign in, or
	 * when another administrator exists.
	 * @param username the administrator's username
	 * @param email their email address
	 * @return the link, when one was issued
	 */
	@Transactional
	Optional<String> bootstrapAdministrator(String username, String email) {
		List<Account> admins = this.accounts.findAll()
			.stream()
			.filter(account -> account.enabled() && account.roles().contains(Role.ADMIN))
			.toList();
		if (admins.stream().anyMatch(admin -> admin.passwordHash() != null)) {
			return Optional.empty();
		}
		Optional<Account> existing = this.accounts.findByUsername(username);
		if (existing.isPresent()) {
			return admins.contains(existing.get()) ? Optional.of(emailPasswordLink(existing.get(), true))
					: Optional.empty();
		}
		if (!admins.isEmpty()) {
			return Optional.empty();
		}
		Account account = new Account(new AccountId(UUID.randomUUID()), AccountRepository.normalise(username), username,
				email.strip(), null, true, EnumSet.of(Role.ADMIN), false, null);
		insert(account);
		return Optional.of(emailPasswordLink(account, true));
	}

	/**
	 * Finds or opens the account of a person signed in by the council's identity
	 * provider. Roles mapped from the provider's groups replace the account's roles;
	 * without any, the account keeps the roles an administrator gave it.
	 * @param email the email address the provider vouches for
	 * @param name the person's name
	 * @param roles the roles mapped from the person's groups
	 * @return the account, unless it is disabled or would have no role
	 */
	@Transactional
	Optional<Account> signInWithSingleSignOn(String email, String name, Set<Role> roles) {
		Optional<Account> found = this.accounts.findByEmail(email);
		if (found.isPresent()) {
			Account account = found.get();
			if (!account.enabled()) {
				return Optional.empty();
			}
			if (!roles.isEmpty() && !roles.equals(account.roles())) {
				this.accounts.replaceRoles(account.id(), roles, this.clock.instant());
				this.audit.record(RECORD_TYPE, account.id(), "roles changed by single sign-on",
						List.of(FieldChange.of("roles", names(account.roles()), names(roles))));
			}
			return this.accounts.findById(account.id()).filter(Account::enabled).filter(a -> !a.roles().isEmpty());
		}
		if (roles.isEmpty()) {
			return Optional.empty();
		}
		String username = AccountRepository.normalise(email);
		if (this.accounts.existsByUsername(username)) {
			return Optional.empty();
		}
		Account account = new Account(new AccountId(UUID.randomUUID()), username,
				(name == null || name.isBlank()) ? email : name, email, null, true, roles, false, null);
		insert(account);
		return Optional.of(account);
	}

	private void insert(Account account) {
		this.accounts.insert(account, this.clock.instant());
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", account.username());
		fields.put("name", account.displayName());
		fields.put("email", account.email());
		fields.put("roles", names(account.roles()));
		fields.put("enabled", account.enabled() ? "yes" : "no");
		this.audit.record(RECORD_TYPE, account.id(), "created", Changes.between(Map.of(), fields));
	}

	private String emailPasswordLink(Account account, boolean newAccount) {
		Instant now = this.clock.instant();
		String link = this.links.issue(account.id(), now);
		String opening = newAccount
				? "An account has been opened for you on " + this.council.serviceName() + " at " + this.council.name()
						+ ". Your username is " + account.username() + "."
				: "Someone asked for a new " + this.council.serviceName() + " password for your username "
						+ account.username() + ".";
		String body = """
				Hello %s,

				%s

				Set your password with this link. It works once, for %s:
				%s

				If you did not expect this email, tell %s.
				""".formatted(account.displayName(), opening, describe(this.linkSettings.expiresAfter()), link,
				this.council.contactEmail());
		this.notifications.email(account.email(), "Set your " + this.council.serviceName() + " password", body);
		this.audit.record(RECORD_TYPE, account.id(), "password link sent", List.of());
		return link;
	}

	private Account load(AccountId id) {
		return this.accounts.findById(id).orElseThrow(() -> new NoSuchAccount(id));
	}

	private void requireAnotherAdministrator() {
		if (this.accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
			throw new LastAdministrator();
		}
	}

	private static String names(Set<Role> roles) {
		return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}

	static String describe(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			long hours = minutes / 60;
			return (hours == 1) ? "1 hour" : hours + " hours";
		}
		return (minutes == 1) ? "1 minute" : minutes + " minutes";
	}

}
