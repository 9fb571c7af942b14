package org.membercomms.commsplan.web;

import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Those who may read the elections find them in the service navigation.
 */
@Component
class ElectionNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		return Authorities.allows(person, CommsPlanRoles.READERS)
				? List.of(new NavigationLink("Elections", "/elections", 65)) : List.of();
	}

}
