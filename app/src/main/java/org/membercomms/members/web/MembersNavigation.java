package org.membercomms.members.web;

import java.util.List;

import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in can find the members directory in the service navigation.
 */
@Component
class MembersNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		return List.of(new NavigationLink("Members", "/members", 10));
	}

}
