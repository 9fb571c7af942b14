package org.membercomms.postcheck.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.Accounts;
import org.membercomms.accounts.Role;
import org.membercomms.postcheck.ApiTokenHolder;
import org.membercomms.postcheck.ApiTokens;
import org.membercomms.postcheck.RateLimit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} personal token, as
 * the token's owner with the roles their account has now (a switched-off account's tokens
 * stop working), then counts the request as one check against the token's rate limit (the
 * controller counts the rest once it has read the posts). The authentication's details
 * are the {@link ApiTokenHolder}. Without a valid token the request stays anonymous and
 * the API's entry point answers 401. Not a bean, so that it runs in the API's filter
 * chain only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final RateLimit rateLimit;

	private final JsonMapper json;

	ApiTokenFilter(ApiTokens tokens, Accounts accounts, RateLimit rateLimit, JsonMapper json) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.rateLimit = rateLimit;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<ApiTokenHolder> holder = this.tokens.holderOf(header.substring(7).strip());
			Optional<AccountSummary> owner = holder.flatMap(found -> this.accounts.findByUsername(found.owner()))
				.filter(AccountSummary::enabled);
			if (holder.isPresent() && owner.isPresent()) {
				long retryAfter = this.rateLimit.acquire(holder.get().id());
				if (retryAfter > 0) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
					ApiProblems.write(request, response, this.json, ApiProblems.tooManyRequests(retryAfter));
					return;
				}
				UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
						owner.get().username(), null, owner.get().roles().stream().map(Role::authority).toList());
				authentication.setDetails(holder.get());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
