package org.membercomms.accounts;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The front door of signing in, for the pages that take part in it: who is signed in, the
 * username a person tried before their sign-in failed, and the second step of signing in,
 * the one-time code. Spring Security's filters and this module's handlers do the rest.
 */
@Component
public class SignInSteps {

	/** The page where a person who gave the right password enters their one-time code. */
	public static final String CODE_PAGE = "/sign-in/code";

	/** The page where a person sets up their authenticator app. */
	public static final String SET_UP_PAGE = "/two-factor";

	private final SecondFactors secondFactors;

	private final SignInThrottle throttle;

	private final SignInSettings settings;

	SignInSteps(SecondFactors secondFactors, SignInThrottle throttle, SignInSettings settings) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.settings = settings;
	}

	/**
	 * @param person who is signed in
	 * @return their account, as it was read at the start of the request
	 * @throws IllegalStateException if nobody is signed in with an account
	 */
	public AccountSummary signedIn(Authentication person) {
		if (person != null && person.getPrincipal() instanceof Account account) {
			return account.summary();
		}
		throw new IllegalStateException("Nobody is signed in with an account");
	}

	/**
	 * @return how long a username stays locked after too many failed sign-ins
	 */
	public Duration lockout() {
		return this.settings.lockout();
	}

	/**
	 * The username a person typed before their sign-in failed, so that the form can show
	 * it again: once, then it is forgotten.
	 * @param session the person's session
	 * @return the username, or an empty string
	 */
	public String takeUsernameTried(HttpSession session) {
		Object tried = session.getAttribute(SignInFailureHandler.USERNAME_TRIED);
		session.removeAttribute(SignInFailureHandler.USERNAME_TRIED);
		return (tried instanceof String username) ? username : "";
	}

	/**
	 * @return whether the person making this request has given the right password and has
	 * yet to enter their one-time code
	 */
	public boolean awaitingCode() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingCode;
	}

	/**
	 * The second step of signing in: checks the one-time code of a person who gave the
	 * right password, and signs them in when it is right. Wrong codes count towards the
	 * same lock as wrong passwords; a locked username's attempt ends.
	 * @param code what the person typed
	 * @param request the request
	 * @param response the response
	 * @return where the person goes next: the sign-in page when they are not awaiting a
	 * code or the attempt ended, the code page with what was wrong, or where they were
	 * going before they were asked to sign in
	 */
	public String enterCode(String code, HttpServletRequest request, HttpServletResponse response) {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingCode awaiting)) {
			return "/sign-in";
		}
		Account account = awaiting.getPrincipal();
		if (this.throttle.isLocked(account.username())) {
			return endAttempt(request, response, SignInProblem.LOCKED);
		}
		if (code == null || code.isBlank()) {
			return CODE_PAGE + "?error=missing";
		}
		SecondFactors.CodeCheck check = this.secondFactors.use(account.id(), code);
		if (check != SecondFactors.CodeCheck.RIGHT) {
			this.throttle.recordFailure(account.username());
			if (this.throttle.isLocked(account.username())) {
				return endAttempt(request, response, SignInProblem.LOCKED);
			}
			return CODE_PAGE + "?error=" + ((check == SecondFactors.CodeCheck.USED) ? "used" : "wrong");
		}
		this.throttle.recordSuccess(account.username());
		SignInSessions.signIn(new SignedIn(account, SignedIn.Method.ONE_TIME_CODE), request, response);
		return SignInSessions.destinationAfterSignIn(request, response);
	}

	private static String endAttempt(HttpServletRequest request, HttpServletResponse response, SignInProblem problem) {
		SignInSessions.end(request, response);
		return "/sign-in?error=" + problem.code();
	}

}
