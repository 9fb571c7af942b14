package org.membercomms.protocol.web;

import java.util.List;

import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in can find the protocol and the Code in the service navigation.
 */
@Component
class PolicyNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		return List.of(new NavigationLink("Social Media Protocol", "/protocol", 20),
				new NavigationLink("Code of Conduct", "/code-of-conduct", 21));
	}

}
