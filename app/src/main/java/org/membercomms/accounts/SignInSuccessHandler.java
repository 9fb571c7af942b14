package org.membercomms.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the right password: on to the code page for a person with a second factor,
 * otherwise where they were going or their home page.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccessHandler() {
		this.signedIn.setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication instanceof AwaitingCode) {
			response.sendRedirect(request.getContextPath() + SignInSteps.CODE_PAGE);
			return;
		}
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
	}

}
