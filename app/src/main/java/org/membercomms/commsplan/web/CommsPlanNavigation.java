package org.membercomms.commsplan.web;

import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Officers find the communications plan in the service navigation.
 */
@Component
class CommsPlanNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		if (Authorities.allows(person, CommsPlanRoles.READERS)) {
			return List.of(new NavigationLink("Communications plan", "/comms-plan/items", 40));
		}
		return List.of();
	}

}
