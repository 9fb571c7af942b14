package org.membercomms.audit.web;

import java.util.List;

import org.membercomms.system.Authorities;
import org.membercomms.system.Navigation;
import org.membercomms.system.NavigationLink;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Offers administrators the audit trail in the service navigation.
 */
@Component
class AuditNavigation implements Navigation {

	@Override
	public List<NavigationLink> linksFor(Authentication person) {
		return Authorities.allows(person, AuditRoles.READERS) ? List.of(new NavigationLink("Audit trail", "/audit", 90))
				: List.of();
	}

}
