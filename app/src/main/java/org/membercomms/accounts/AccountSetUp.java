package org.membercomms.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts an installation starts with: the first administrator of a new
 * installation, and the demo people's fixed second-factor keys.
 */
@Component
class AccountSetUp {

	private final AccountRepository accounts;

	private final PasswordLinks links;

	private final SecondFactors secondFactors;

	private final AccountTrail trail;

	private final Clock clock;

	AccountSetUp(AccountRepository accounts, PasswordLinks links, SecondFactors secondFactors, AccountTrail trail,
			Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.secondFactors = secondFactors;
		this.trail = trail;
		this.clock = clock;
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
			return admins.contains(existing.get()) ? Optional.of(this.links.email(existing.get(), true))
					: Optional.empty();
		}
		if (!admins.isEmpty()) {
			return Optional.empty();
		}
		Account account = new Account(new AccountId(UUID.randomUUID()), AccountRepository.normalise(username), username,
				email.strip(), null, true, EnumSet.of(Role.ADMIN), false, null);
		this.accounts.insert(account, this.clock.instant());
		this.trail.opened(account);
		return Optional.of(this.links.email(account, true));
	}

	/**
	 * Gives a demo account its fixed second-factor key, unless it has one.
	 * @param username the demo account's username
	 * @param key its key, as the README lists it
	 */
	@Transactional
	void giveDemoSecondFactor(String username, String key) {
		this.accounts.findByUsername(username)
			.filter(account -> !account.secondFactor())
			.ifPresent(account -> this.secondFactors.setUp(account.id(), key));
	}

}
