package org.membercomms.postcheck.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.membercomms.checker.Report;
import org.membercomms.postcheck.CheckNotFound;
import org.membercomms.postcheck.ImageAttached;
import org.membercomms.postcheck.PostChecks;
import org.membercomms.postcheck.RateLimit;
import org.membercomms.postcheck.Via;
import org.membercomms.system.FieldError;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Think before you post": any signed-in person checks a draft and reads their own
 * history. The draft is shown back on the result page, never put in a redirect. Past
 * their limit of checks a minute, a person's draft is shown back with a 429 and when to
 * try again.
 */
@Controller
class CheckController {

	private final PostChecks checks;

	private final RateLimit rateLimit;

	CheckController(PostChecks checks, RateLimit rateLimit) {
		this.checks = checks;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/check")
	String form(Authentication person, Model model) {
		return page(model, CheckForm.blank(this.checks.keepsHistory(person.getName())), List.of(), null);
	}

	@PostMapping("/check")
	String check(@ModelAttribute CheckForm form, Authentication person, Model model, HttpServletResponse response) {
		List<FieldError> problems = form.problems();
		if (!problems.isEmpty()) {
			return page(model, form, problems, null);
		}
		long wait = this.rateLimit.acquireOnPage(person.getName(), form.draft());
		if (wait > 0) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			return page(model, form, List.of(CheckForm.tooManyChecks(wait)), null);
		}
		this.checks.keepHistory(person.getName(), form.keepHistory());
		Report report = this.checks.check(person.getName(), form.draft(), form.channelChosen(), Via.PAGE);
		return page(model, form, List.of(), report);
	}

	private String page(Model model, CheckForm form, List<FieldError> errors, Report report) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("report", report);
		model.addAttribute("marked", (report != null) ? MarkedText.of(form.text(), report) : null);
		model.addAttribute("images", List.of(ImageAttached.values()));
		return "postcheck/check";
	}

	@GetMapping("/check/history")
	String history(Authentication person, Model model) {
		model.addAttribute("checks", this.checks.history(person.getName()));
		model.addAttribute("keepHistory", this.checks.keepsHistory(person.getName()));
		return "postcheck/history";
	}

	@GetMapping("/check/history/{id}")
	String check(@PathVariable UUID id, Authentication person, Model model) {
		model.addAttribute("check",
				this.checks.ownCheck(person.getName(), id).orElseThrow(() -> new CheckNotFound("check")));
		return "postcheck/checked";
	}

	@PostMapping("/check/history/preference")
	String preference(@RequestParam(defaultValue = "false") boolean keepHistory, Authentication person,
			RedirectAttributes redirect) {
		this.checks.keepHistory(person.getName(), keepHistory);
		redirect.addFlashAttribute("notice",
				keepHistory ? "We will keep the text of your checks" : "We will not keep the text of your checks");
		return "redirect:/check/history";
	}

	@PostMapping("/check/history/deletion")
	String forget(Authentication person, RedirectAttributes redirect) {
		int deleted = this.checks.forgetHistory(person.getName());
		redirect.addFlashAttribute("notice", "Your history is deleted (" + deleted + " checks)");
		return "redirect:/check/history";
	}

}
