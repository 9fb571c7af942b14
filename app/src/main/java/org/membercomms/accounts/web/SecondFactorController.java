package org.membercomms.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.SecondFactors;
import org.membercomms.accounts.SignInSteps;
import org.membercomms.system.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in (the one-time code), and the page where a person sets up
 * their authenticator app.
 */
@Controller
class SecondFactorController {

	/** The session attribute holding the key being set up until a code confirms it. */
	static final String KEY_BEING_SET_UP = SecondFactorController.class.getName() + ".secret";

	private final SignInSteps signIn;

	private final SecondFactors secondFactors;

	private final MessageSource messages;

	SecondFactorController(SignInSteps signIn, SecondFactors secondFactors, MessageSource messages) {
		this.signIn = signIn;
		this.secondFactors = secondFactors;
		this.messages = messages;
	}

	@GetMapping(SignInSteps.CODE_PAGE)
	String codeForm(@RequestParam(name = "error", required = false) String error, Model model) {
		if (!this.signIn.awaitingCode()) {
			return "redirect:/sign-in";
		}
		model.addAttribute("errors", errors(error));
		return "accounts/code";
	}

	@PostMapping(SignInSteps.CODE_PAGE)
	String checkCode(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response) {
		return "redirect:" + this.signIn.enterCode(code, request, response);
	}

	@GetMapping(SignInSteps.SET_UP_PAGE)
	String setUpForm(@RequestParam(name = "error", required = false) String error, Authentication authentication,
			HttpSession session, Model model) {
		AccountSummary person = this.signIn.signedIn(authentication);
		String key = (session.getAttribute(KEY_BEING_SET_UP) instanceof String pending) ? pending
				: this.secondFactors.newKey();
		session.setAttribute(KEY_BEING_SET_UP, key);
		model.addAttribute("errors", errors(error));
		model.addAttribute("secret", this.secondFactors.grouped(key));
		model.addAttribute("qrCode", this.secondFactors.qrCode(key, person.username()));
		model.addAttribute("required", person.mustSetUpSecondFactor());
		model.addAttribute("replacing", person.secondFactor());
		return "accounts/twoFactor";
	}

	@PostMapping(SignInSteps.SET_UP_PAGE)
	String setUp(@RequestParam(name = "code", required = false) String code, Authentication authentication,
			HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(KEY_BEING_SET_UP) instanceof String key)) {
			return "redirect:" + SignInSteps.SET_UP_PAGE;
		}
		if (code == null || code.isBlank()) {
			return "redirect:" + SignInSteps.SET_UP_PAGE + "?error=missing";
		}
		if (!this.secondFactors.setUp(this.signIn.signedIn(authentication).id(), key, code)) {
			return "redirect:" + SignInSteps.SET_UP_PAGE + "?error=wrong";
		}
		session.removeAttribute(KEY_BEING_SET_UP);
		redirect.addFlashAttribute("done", message("two-factor.done"));
		return "redirect:/home";
	}

	private List<FieldError> errors(String error) {
		if (!"missing".equals(error) && !"wrong".equals(error) && !"used".equals(error)) {
			return List.of();
		}
		return List.of(new FieldError("code", message("code.error." + error)));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
