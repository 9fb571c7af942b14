package org.membercomms.postcheck.web;

import java.util.List;
import java.util.UUID;

import org.membercomms.postcheck.ApiTokens;
import org.membercomms.system.FieldError;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own API tokens: create one (shown once, on the page that answers
 * the form, never in a redirect or the session), list them, revoke one.
 */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/api-tokens")
	String list(Authentication person, Model model) {
		return page(model, person, null, "", List.of());
	}

	@PostMapping("/account/api-tokens")
	String create(@RequestParam(defaultValue = "") String name, Authentication person, Model model) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			return page(model, person, null, name, List.of(new FieldError("name",
					trimmed.isEmpty() ? "Enter a name for the token" : "The name must be 100 characters or fewer")));
		}
		return page(model, person, this.tokens.create(person.getName(), trimmed).secret(), "", List.of());
	}

	@PostMapping("/account/api-tokens/{id}/revocation")
	String revoke(@PathVariable UUID id, Authentication person, RedirectAttributes redirect) {
		this.tokens.revoke(person.getName(), id);
		redirect.addFlashAttribute("notice", "Token revoked. It no longer works");
		return "redirect:/account/api-tokens";
	}

	private String page(Model model, Authentication person, String secret, String name, List<FieldError> errors) {
		model.addAttribute("tokens", this.tokens.of(person.getName()));
		model.addAttribute("secret", secret);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "postcheck/tokens";
	}

}
