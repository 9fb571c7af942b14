package org.membercomms.accounts;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in person, reads their account afresh from the database
 * (so the check holds on every instance of the application):
 * <ul>
 * <li>a disabled or removed account's session ends at once, and so does a session begun
 * before the account was disabled or its password set;</li>
 * <li>changed roles apply from the next request;</li>
 * <li>a person who has given only their password is kept to the code page;</li>
 * <li>an administrator or Monitoring Officer without a second factor is kept to the page
 * that sets one up.</li>
 * </ul>
 */
class SignInStateFilter extends OncePerRequestFilter {

	private static final Set<String> ALWAYS_OPEN = Set.of("/error", "/sign-out", "/accessibility", "/privacy",
			"/cookies", "/favicon.svg", "/favicon.ico");

	private static final Set<String> OPEN_PREFIXES = Set.of("/assets/", "/webjars/", "/css/", "/js/");

	private final AccountRepository accounts;

	SignInStateFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Stylesheets, scripts and images need no check, and would cost a query each.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith) || path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AccountToken current)) {
			chain.doFilter(request, response);
			return;
		}
		Account account = current.getPrincipal();
		Optional<Account> fresh = this.accounts.findById(account.id()).filter(Account::enabled);
		if (fresh.isEmpty()) {
			endSession(request, response, SignInProblem.DISABLED);
			return;
		}
		if (fresh.get().sessionGeneration() != account.sessionGeneration()) {
			endSession(request, response, SignInProblem.SESSION_ENDED);
			return;
		}
		if (!fresh.get().equals(account)) {
			current = current.with(fresh.get());
			SignInSessions.replace(current, request, response);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (current instanceof AwaitingCode && !openWhileAwaitingCode(path)) {
			response.sendRedirect(request.getContextPath() + SignInSteps.CODE_PAGE);
			return;
		}
		if (current instanceof SignedIn person && person.mustSetUpSecondFactor() && !openDuringSetUp(path)) {
			response.sendRedirect(request.getContextPath() + SignInSteps.SET_UP_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void endSession(HttpServletRequest request, HttpServletResponse response, SignInProblem why)
			throws IOException {
		SignInSessions.end(request, response);
		response.sendRedirect(request.getContextPath() + "/sign-in?error=" + why.code());
	}

	static boolean openWhileAwaitingCode(String path) {
		return isAlwaysOpen(path) || path.equals("/") || path.equals("/sign-in") || path.equals(SignInSteps.CODE_PAGE)
				|| path.startsWith("/set-password/");
	}

	static boolean openDuringSetUp(String path) {
		return isAlwaysOpen(path) || path.equals(SignInSteps.SET_UP_PAGE);
	}

	private static boolean isAlwaysOpen(String path) {
		return ALWAYS_OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
