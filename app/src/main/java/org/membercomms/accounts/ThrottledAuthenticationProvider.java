package org.membercomms.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a username and password only while the username is not locked, and counts the
 * failures that lead to a lock.
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
		try {
			Authentication signedIn = this.passwords.authenticate(attempt);
			this.throttle.recordSuccess(username);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
