package org.membercomms.accounts.web;

import java.util.List;

import jakarta.validation.Valid;

import org.membercomms.accounts.PasswordLinks;
import org.membercomms.system.FieldError;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A person who has forgotten their password asks for a link to set a new one. The page
 * says the same whether or not an account has the address.
 */
@Controller
class ForgottenPasswordController {

	private final PasswordLinks links;

	ForgottenPasswordController(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/forgotten-password")
	String form(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", List.of());
		return "accounts/forgottenPassword";
	}

	@PostMapping("/forgotten-password")
	String request(@Valid @ModelAttribute ForgottenPasswordForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("email", (form.email() != null) ? form.email() : "");
			model.addAttribute("errors", FieldError.of(binding));
			return "accounts/forgottenPassword";
		}
		this.links.request(form.email().strip());
		return "redirect:/forgotten-password/sent";
	}

	@GetMapping("/forgotten-password/sent")
	String sent() {
		return "accounts/passwordLinkSent";
	}

}
