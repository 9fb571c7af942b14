package org.membercomms.postcheck;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates and revokes API tokens in tests as their owner would on the tokens page.
 */
class ApiTokensTestSupport {

	private final ApiTokens tokens;

	ApiTokensTestSupport(ApiTokens tokens) {
		this.tokens = tokens;
	}

	String tokenFor(String owner) {
		return newToken(owner).secret();
	}

	ApiTokens.NewToken newToken(String owner) {
		return as(owner, () -> this.tokens.create(owner, "Test token"));
	}

	void revoke(String owner, UUID id) {
		as(owner, () -> {
			this.tokens.revoke(owner, id);
			return null;
		});
	}

	<T> T as(String owner, java.util.function.Supplier<T> action) {
		var before = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, java.util.List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
