package org.membercomms.postcheck.web;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in finds the checker in the service navigation; the communications team
 * and Democratic Services also find its figures.
 */
@Component
class PostCheckNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		List<NavigationLink> links = new ArrayList<>(List.of(new NavigationLink("Check a post", "/check", 10)));
		if (Authorities.allows(person, PostCheckRoles.FIGURE_READERS)) {
			links.add(new NavigationLink("Checker figures", "/check-figures", 60));
		}
		return links;
	}

}
