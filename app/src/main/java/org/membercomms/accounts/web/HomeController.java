package org.membercomms.accounts.web;

import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.SignInSteps;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page.
 */
@Controller
class HomeController {

	private final SignInSteps signIn;

	HomeController(SignInSteps signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/home")
	String home(Authentication authentication, Model model) {
		AccountSummary person = this.signIn.signedIn(authentication);
		model.addAttribute("home", HomePage.of(person.primaryRole()));
		model.addAttribute("person", person.displayName());
		model.addAttribute("secondFactor", person.secondFactor());
		return "accounts/home";
	}

}
