package org.membercomms.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.membercomms.accounts.SignInProblem;
import org.membercomms.accounts.SignInSteps;
import org.membercomms.system.FieldError;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST.
 */
@Controller
class SignInController {

	private final MessageSource messages;

	private final SignInSteps signIn;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SignInController(MessageSource messages, SignInSteps signIn,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.messages = messages;
		this.signIn = signIn;
		this.registrations = registrations;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "password-set", required = false) String passwordSet, Authentication person,
			HttpSession session, Model model) {
		if (person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		String tried = this.signIn.takeUsernameTried(session);
		List<FieldError> errors = SignInProblem.ofCode(error)
			.map(problem -> List.of(new FieldError(problem.field(),
					this.messages.getMessage(problem.messageKey(), new Object[] { this.signIn.lockout().toMinutes() },
							Locale.UK))))
			.orElse(List.of());
		model.addAttribute("errors", errors);
		model.addAttribute("username", tried);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("singleSignOn", singleSignOnLinks());
		model.addAttribute("passwordSet",
				(passwordSet != null) ? this.messages.getMessage("sign-in.password-set", null, Locale.UK) : null);
		return "accounts/signIn";
	}

	/**
	 * @return a sign-in button per configured identity provider
	 */
	private List<SingleSignOnLink> singleSignOnLinks() {
		List<SingleSignOnLink> links = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				ClientRegistration registration = (ClientRegistration) each;
				links.add(new SingleSignOnLink("Sign in with " + registration.getClientName(),
						"/oauth2/authorization/" + registration.getRegistrationId()));
			}
		}
		return links;
	}

}
