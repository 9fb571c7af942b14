package org.membercomms.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a username and password only while the username is not locked, and counts the
 * failures that lead to a lock. A person with a second factor is then only
 * {@link AwaitingCode}: the failure count is cleared when their code is right, so wrong
 * codes count towards the same lock.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		if (this.throttle.isLocked(username)) {
			throw new SignInLocked();
		}
		Authentication checked;
		try {
			checked = this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
		Account account = (Account) checked.getPrincipal();
		if (account.secondFactor()) {
			return new AwaitingCode(account);
		}
		this.throttle.recordSuccess(username);
		return new SignedIn(account, SignedIn.Method.PASSWORD);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
