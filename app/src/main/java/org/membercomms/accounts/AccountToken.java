package org.membercomms.accounts;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is in a session, in one of the steps of signing in: their account, never their
 * password.
 */
abstract class AccountToken extends AbstractAuthenticationToken {

	private final Account account;

	AccountToken(Account account, Collection<? extends GrantedAuthority> authorities, boolean authenticated) {
		super(authorities);
		this.account = account;
		setAuthenticated(authenticated);
	}

	@Override
	public Account getPrincipal() {
		return this.account;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.account.username();
	}

	/**
	 * @param fresh the account as it is now
	 * @return the same step of signing in, with the account as it is now
	 */
	abstract AccountToken with(Account fresh);

}
