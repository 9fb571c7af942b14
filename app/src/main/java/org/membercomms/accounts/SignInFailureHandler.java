package org.membercomms.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends a person whose sign-in failed back to the form, saying what went wrong without
 * saying whether the username exists, and keeping the username they typed.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME_TRIED = SignInFailureHandler.class.getName() + ".username";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String username = request.getParameter("username");
		request.getSession().setAttribute(USERNAME_TRIED, (username != null) ? username.strip() : "");
		response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason(request, failure).code());
	}

	static SignInProblem reason(HttpServletRequest request, AuthenticationException failure) {
		if (!StringUtils.hasText(request.getParameter("username"))) {
			return SignInProblem.NO_USERNAME;
		}
		if (!StringUtils.hasText(request.getParameter("password"))) {
			return SignInProblem.NO_PASSWORD;
		}
		if (failure instanceof SignInLocked) {
			return SignInProblem.LOCKED;
		}
		if (failure instanceof DisabledException) {
			return SignInProblem.DISABLED;
		}
		return SignInProblem.WRONG_DETAILS;
	}

}
