package org.membercomms.accounts;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the council's OpenID Connect provider. After the provider has signed
 * the person in, their email address finds (or opens) their account (unless the provider
 * says the address is unverified), their groups give their roles, and the session holds
 * the same kind of sign-in as a password gives: a person with MemberComms' one-time code
 * is asked for it next, and an administrator or Monitoring Officer without one sets it
 * up, unless the provider is trusted to ask for a second factor itself. A disabled
 * account, or a person whose groups give no role and who has no account, is refused.
 */
@Component
class SingleSignOn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	private final SingleSignOnAccounts accounts;

	private final SingleSignOnSettings settings;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SingleSignOn(SingleSignOnAccounts accounts, SingleSignOnSettings settings,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.accounts = accounts;
		this.settings = settings;
		this.registrations = registrations;
	}

	/**
	 * @return whether any identity provider is configured
	 */
	boolean enabled() {
		return this.registrations.getIfAvailable() != null;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (!(authentication.getPrincipal() instanceof OidcUser person)) {
			refuse(request, response, SignInProblem.NO_ACCOUNT);
			return;
		}
		if (!this.settings.emailVerified(person.getClaims())) {
			log.info("Single sign-on refused: the provider does not say the email address is verified ({} = {})",
					SingleSignOnSettings.EMAIL_VERIFIED, person.getClaims().get(SingleSignOnSettings.EMAIL_VERIFIED));
			refuse(request, response, SignInProblem.EMAIL_NOT_VERIFIED);
			return;
		}
		Optional<Account> account = accountOf(person);
		if (account.isEmpty()) {
			refuse(request, response, SignInProblem.NO_ACCOUNT);
			return;
		}
		if (this.settings.providerSecondFactor()) {
			SignInSessions.signIn(new SignedIn(account.get(), SignedIn.Method.PROVIDER_SECOND_FACTOR), request,
					response);
		}
		else if (account.get().secondFactor()) {
			SignInSessions.signIn(new AwaitingCode(account.get()), request, response);
			response.sendRedirect(request.getContextPath() + SignInSteps.CODE_PAGE);
			return;
		}
		else {
			SignInSessions.signIn(new SignedIn(account.get(), SignedIn.Method.SINGLE_SIGN_ON), request, response);
		}
		response.sendRedirect(SignInSessions.destinationAfterSignIn(request, response));
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, SignInProblem problem)
			throws IOException {
		SignInSessions.end(request, response);
		response.sendRedirect(request.getContextPath() + "/sign-in?error=" + problem.code());
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		log.info("Single sign-on failed: {}", failure.getMessage());
		response.sendRedirect(request.getContextPath() + "/sign-in?error=" + SignInProblem.SINGLE_SIGN_ON.code());
	}

	private Optional<Account> accountOf(OidcUser person) {
		String email = person.getClaimAsString(this.settings.emailClaim());
		if (email == null || !email.contains("@")) {
			log.info("Single sign-on refused: no email address in the claim '{}'", this.settings.emailClaim());
			return Optional.empty();
		}
		Object claim = person.getClaims().get(this.settings.groupsClaim());
		List<String> groups = (claim instanceof Collection<?> values) ? values.stream().map(String::valueOf).toList()
				: List.of();
		Optional<Account> account = this.accounts.accountFor(email, person.getFullName(),
				this.settings.rolesFor(groups));
		if (account.isEmpty()) {
			log.info("Single sign-on refused for {}: no enabled account and no role from their groups", email);
		}
		return account;
	}

}
