package org.membercomms.accounts;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to accounts.
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Opens an account unless one with that username exists.
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
		Account account = new Account(UUID.randomUUID(), username, displayName, this.passwords.encode(password), true,
				roles);
		this.accounts.insert(account, email, this.clock.instant());
		return true;
	}

}
