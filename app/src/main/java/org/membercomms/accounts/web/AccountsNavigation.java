package org.membercomms.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts the person's home page first in the service navigation, and offers administrators
 * the accounts.
 */
@Component
class AccountsNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		List<NavigationLink> links = new ArrayList<>(List.of(new NavigationLink("Home", "/home", 0)));
		if (Authorities.allows(person, AccountRoles.ADMINISTRATORS)) {
			links.add(new NavigationLink("Accounts", "/accounts", 80));
		}
		return links;
	}

}
