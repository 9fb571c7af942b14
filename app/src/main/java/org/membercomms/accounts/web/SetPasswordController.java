package org.membercomms.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.membercomms.accounts.PasswordLinks;
import org.membercomms.system.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an emailed one-time link opens: the person sets their password. A used or
 * expired link is refused.
 */
@Controller
class SetPasswordController {

	private final PasswordLinks links;

	SetPasswordController(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/set-password/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.links.works(token)) {
			return linkNotValid(response);
		}
		model.addAttribute("errors", List.of());
		return "accounts/setPassword";
	}

	@PostMapping("/set-password/{token}")
	String set(@PathVariable String token, @Valid @ModelAttribute SetPasswordForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			if (!this.links.works(token)) {
				return linkNotValid(response);
			}
			List<FieldError> errors = binding.getFieldErrors()
				.stream()
				.map(error -> new FieldError("confirmed".equals(error.getField()) ? "confirmation" : error.getField(),
						error.getDefaultMessage()))
				.toList();
			model.addAttribute("errors", errors);
			return "accounts/setPassword";
		}
		if (!this.links.setPassword(token, form.password())) {
			return linkNotValid(response);
		}
		return "redirect:/sign-in?password-set";
	}

	private static String linkNotValid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "accounts/linkNotValid";
	}

}
