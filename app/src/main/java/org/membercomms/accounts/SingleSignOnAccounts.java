package org.membercomms.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or opens the account of a person signed in by the council's identity provider, by
 * the email address the provider vouches for.
 */
@Component
class SingleSignOnAccounts {

	private final AccountRepository accounts;

	private final AccountTrail trail;

	private final Clock clock;

	SingleSignOnAccounts(AccountRepository accounts, AccountTrail trail, Clock clock) {
		this.accounts = accounts;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Roles mapped from the provider's groups replace the account's roles; without any,
	 * the account keeps the roles an administrator gave it. A person without an account
	 * gets one when their groups give them a role.
	 * @param email the email address the provider vouches for
	 * @param name the person's name
	 * @param roles the roles mapped from the person's groups
	 * @return the account, unless it is disabled or would have no role
	 */
	@Transactional
	Optional<Account> accountFor(String email, String name, Set<Role> roles) {
		Optional<Account> found = this.accounts.findByEmail(email);
		if (found.isPresent()) {
			Account account = found.get();
			if (!account.enabled()) {
				return Optional.empty();
			}
			if (!roles.isEmpty() && !roles.equals(account.roles())) {
				this.accounts.replaceRoles(account.id(), roles, this.clock.instant());
				this.trail.rolesChanged(account.id(), "roles changed by single sign-on", account.roles(), roles);
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
		this.accounts.insert(account, this.clock.instant());
		this.trail.opened(account);
		return Optional.of(account);
	}

}
