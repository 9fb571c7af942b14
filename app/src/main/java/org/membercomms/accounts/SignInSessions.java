package org.membercomms.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Puts a sign-in into the person's session, replaces it, or ends the session: the steps
 * of signing in that happen outside Spring Security's own filters (the one-time code,
 * single sign-on, the checks on every request).
 */
final class SignInSessions {

	private static final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private static final RequestCache requests = new HttpSessionRequestCache();

	private SignInSessions() {
	}

	/**
	 * Signs a person in (a further step of sign-in), with a new session id.
	 */
	static void signIn(Authentication person, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		replace(person, request, response);
	}

	/**
	 * Replaces who is signed in, keeping the session.
	 */
	static void replace(Authentication person, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(person);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/**
	 * Ends the person's session.
	 */
	static void end(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/**
	 * @return where the person was going before they were asked to sign in, or their home
	 * page
	 */
	static String destinationAfterSignIn(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requests.getRequest(request, response);
		if (saved == null) {
			return "/home";
		}
		requests.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

}
