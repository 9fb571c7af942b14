package org.membercomms.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page.
 */
@Controller
class HomeController {

	@GetMapping("/home")
	String home(@AuthenticationPrincipal Account person, Model model) {
		model.addAttribute("home", HomePage.of(person.primaryRole()));
		model.addAttribute("person", person.displayName());
		model.addAttribute("secondFactor", person.secondFactor());
		return "accounts/home";
	}

}
