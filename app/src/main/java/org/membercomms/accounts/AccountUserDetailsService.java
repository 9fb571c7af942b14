package org.membercomms.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up the account a person signs in with. An account whose person has not yet set a
 * password cannot sign in with one: to the sign-in form it is as if it did not exist.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.filter(account -> account.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
