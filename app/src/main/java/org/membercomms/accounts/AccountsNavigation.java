package org.membercomms.accounts;

import java.util.List;

import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts the person's home page first in the service navigation.
 */
@Component
class AccountsNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		return List.of(new NavigationLink("Home", "/home", 0));
	}

}
