package org.membercomms.accounts;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.membercomms.system.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
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

	private final SignInSettings settings;

	private final SingleSignOn singleSignOn;

	SignInController(MessageSource messages, SignInSettings settings, SingleSignOn singleSignOn) {
		this.messages = messages;
		this.settings = settings;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "password-set", required = false) String passwordSet, Authentication person,
			HttpSession session, Model model) {
		if (person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		Object tried = session.getAttribute(SignInFailureHandler.USERNAME_TRIED);
		session.removeAttribute(SignInFailureHandler.USERNAME_TRIED);
		List<FieldError> errors = SignInProblem.ofCode(error)
			.map(problem -> List.of(new FieldError(problem.field(),
					this.messages.getMessage(problem.messageKey(), new Object[] { this.settings.lockout().toMinutes() },
							Locale.UK))))
			.orElse(List.of());
		model.addAttribute("errors", errors);
		model.addAttribute("username", (tried instanceof String username) ? username : "");
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("singleSignOn", this.singleSignOn.links());
		model.addAttribute("passwordSet",
				(passwordSet != null) ? this.messages.getMessage("sign-in.password-set", null, Locale.UK) : null);
		return "accounts/signIn";
	}

}
