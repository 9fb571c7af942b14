package org.membercomms.accounts;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.membercomms.system.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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

	static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	private final SignInThrottle throttle;

	private final MessageSource messages;

	SecondFactorController(SecondFactors secondFactors, SignInThrottle throttle, MessageSource messages) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping(SignInStateFilter.CODE_PAGE)
	String codeForm(@RequestParam(name = "error", required = false) String error, Model model) {
		if (!(awaitingCode() instanceof AwaitingCode)) {
			return "redirect:/sign-in";
		}
		model.addAttribute("errors", errors(error));
		return "accounts/code";
	}

	@PostMapping(SignInStateFilter.CODE_PAGE)
	String checkCode(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response) {
		if (!(awaitingCode() instanceof AwaitingCode awaiting)) {
			return "redirect:/sign-in";
		}
		Account account = awaiting.getPrincipal();
		if (this.throttle.isLocked(account.username())) {
			return endAttempt(request, response, SignInProblem.LOCKED);
		}
		if (code == null || code.isBlank()) {
			return "redirect:" + SignInStateFilter.CODE_PAGE + "?error=missing";
		}
		SecondFactors.CodeCheck check = this.secondFactors.use(account.id(), code);
		if (check != SecondFactors.CodeCheck.RIGHT) {
			this.throttle.recordFailure(account.username());
			if (this.throttle.isLocked(account.username())) {
				return endAttempt(request, response, SignInProblem.LOCKED);
			}
			return "redirect:" + SignInStateFilter.CODE_PAGE + "?error="
					+ ((check == SecondFactors.CodeCheck.USED) ? "used" : "wrong");
		}
		this.throttle.recordSuccess(account.username());
		SignInSessions.signIn(new SignedIn(account, SignedIn.Method.ONE_TIME_CODE), request, response);
		return "redirect:" + SignInSessions.destinationAfterSignIn(request, response);
	}

	@GetMapping(SignInStateFilter.SET_UP_PAGE)
	String setUpForm(@RequestParam(name = "error", required = false) String error,
			@AuthenticationPrincipal Account person, HttpSession session, Model model) {
		String secret = (session.getAttribute(PENDING_SECRET) instanceof String pending) ? pending
				: this.secondFactors.newKey();
		session.setAttribute(PENDING_SECRET, secret);
		model.addAttribute("errors", errors(error));
		model.addAttribute("secret", this.secondFactors.grouped(secret));
		model.addAttribute("qrCode", this.secondFactors.qrCode(secret, person.username()));
		model.addAttribute("required", person.mustSetUpSecondFactor());
		model.addAttribute("replacing", person.secondFactor());
		return "accounts/twoFactor";
	}

	@PostMapping(SignInStateFilter.SET_UP_PAGE)
	String setUp(@RequestParam(name = "code", required = false) String code, @AuthenticationPrincipal Account person,
			HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:" + SignInStateFilter.SET_UP_PAGE;
		}
		if (code == null || code.isBlank()) {
			return "redirect:" + SignInStateFilter.SET_UP_PAGE + "?error=missing";
		}
		if (!this.secondFactors.setUp(person.id(), secret, code)) {
			return "redirect:" + SignInStateFilter.SET_UP_PAGE + "?error=wrong";
		}
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("done", message("two-factor.done"));
		return "redirect:/home";
	}

	/**
	 * @return who is signed in so far: not a signed-in person, so Spring MVC does not
	 * offer it as the request's principal
	 */
	private static Authentication awaitingCode() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	private String endAttempt(HttpServletRequest request, HttpServletResponse response, SignInProblem problem) {
		SignInSessions.end(request, response);
		return "redirect:/sign-in?error=" + problem.code();
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
