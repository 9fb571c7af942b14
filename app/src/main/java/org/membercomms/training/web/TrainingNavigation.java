package org.membercomms.training.web;

import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Members and Democratic Services find training in the service navigation.
 */
@Component
class TrainingNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		if (Authorities.allows(person, TrainingRoles.TRAINEES_AND_ORGANISERS)) {
			return List.of(new NavigationLink("Training", "/training", 30));
		}
		return List.of();
	}

}
