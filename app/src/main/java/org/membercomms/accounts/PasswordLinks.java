package org.membercomms.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.membercomms.notifications.Notifications;
import org.membercomms.system.CouncilSettings;
import org.membercomms.system.Secrets;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the one-time links that set a password, emailed to the person. The
 * token goes only into the email; the database keeps its SHA-256 hash, when it expires
 * and when it was used. A link works once, until it expires, and a new link for the same
 * account ends the earlier ones.
 */
@Service
public class PasswordLinks {

	/** How often a person may ask for a password link themselves. */
	static final Duration REQUEST_INTERVAL = Duration.ofMinutes(5);

	private final PasswordLinkRepository links;

	private final AccountRepository accounts;

	private final PasswordLinkSettings settings;

	private final PasswordEncoder passwords;

	private final Notifications notifications;

	private final CouncilSettings council;

	private final AccountTrail trail;

	private final Clock clock;

	PasswordLinks(PasswordLinkRepository links, AccountRepository accounts, PasswordLinkSettings settings,
			PasswordEncoder passwords, Notifications notifications, CouncilSettings council, AccountTrail trail,
			Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.settings = settings;
		this.passwords = passwords;
		this.notifications = notifications;
		this.council = council;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Emails the person a one-time link to set a new password; earlier links stop
	 * working.
	 * @param id the account
	 * @throws NoSuchAccount if there is no such account
	 */
	@Transactional
	public void send(AccountId id) {
		email(this.accounts.findById(id).orElseThrow(() -> new NoSuchAccount(id)), false);
	}

	/**
	 * A person who has forgotten their password asks for a link. It goes only to the
	 * email address of an enabled account, and at most once every few minutes, so that
	 * nobody can flood someone's inbox; the caller says the same whatever happened.
	 * @param email the email address the person typed
	 */
	@Transactional
	public void request(String email) {
		Instant now = this.clock.instant();
		this.accounts.findByEmail(email)
			.filter(Account::enabled)
			.filter(account -> !this.links.issuedSince(account.id(), now.minus(REQUEST_INTERVAL)))
			.ifPresent(account -> email(account, false));
	}

	/**
	 * @param token the token from a link
	 * @return whether the link still works: unused and unexpired
	 */
	@Transactional(readOnly = true)
	public boolean works(String token) {
		return this.links.accountFor(Secrets.hash(String.valueOf(token)), this.clock.instant()).isPresent();
	}

	/**
	 * Sets a password through a one-time link, using the link up, and ends the account's
	 * open sessions.
	 * @param token the link's token
	 * @param password the new password in clear
	 * @return whether the link still worked
	 */
	@Transactional
	public boolean setPassword(String token, String password) {
		Optional<AccountId> accountId = this.links.use(Secrets.hash(String.valueOf(token)), this.clock.instant());
		accountId.ifPresent(id -> {
			this.accounts.setPasswordHash(id, this.passwords.encode(password), this.clock.instant());
			this.accounts.endSessions(id);
			this.trail.secretChanged(id, "password set", "password");
		});
		return accountId.isPresent();
	}

	/**
	 * Issues a link and emails it to the person, in the caller's transaction.
	 * @param account whose password the link sets
	 * @param newAccount whether the account was just opened
	 * @return the link
	 */
	String email(Account account, boolean newAccount) {
		String link = issue(account.id(), this.clock.instant());
		PasswordLinkEmail email = PasswordLinkEmail.of(account, newAccount, link, this.settings.expiresAfter(),
				this.council);
		this.notifications.email(account.email(), email.subject(), email.body());
		this.trail.record(account.id(), "password link sent", List.of());
		return link;
	}

	/**
	 * Issues a link, ending any earlier unused link of the account.
	 * @param accountId the account
	 * @param now the time
	 * @return the link to send
	 */
	String issue(AccountId accountId, Instant now) {
		String token = Secrets.create();
		this.links.endUnused(accountId, now);
		this.links.insert(Secrets.hash(token), accountId, now, now.plus(this.settings.expiresAfter()));
		return this.settings.linkFor(token);
	}

}
