package org.membercomms.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people signed in by the council's OpenID Connect provider (such as Microsoft Entra
 * ID) become MemberComms accounts. Single sign-on itself is switched on by configuring a
 * client registration under {@code spring.security.oauth2.client.registration}.
 *
 * @param groupsClaim the ID token or user-info claim listing the person's groups (Entra
 * ID: {@code groups}, holding group object ids)
 * @param emailClaim the claim holding the person's email address, which finds their
 * account
 * @param groupRoles the role each group gives, for example
 * {@code membercomms.oidc.group-roles.[6f1c…]=ADMIN}
 * @param providerSecondFactor whether the identity provider asks everyone for a second
 * factor, so that MemberComms asks people who sign in through it for no code of its own;
 * otherwise they use MemberComms' one-time code like everyone else
 */
@ConfigurationProperties("membercomms.oidc")
record SingleSignOnSettings(String groupsClaim, String emailClaim, Map<String, Role> groupRoles,
		boolean providerSecondFactor) {

	SingleSignOnSettings {
		groupsClaim = (groupsClaim == null || groupsClaim.isBlank()) ? "groups" : groupsClaim;
		emailClaim = (emailClaim == null || emailClaim.isBlank()) ? "email" : emailClaim;
		groupRoles = (groupRoles == null) ? Map.of() : Map.copyOf(groupRoles);
	}

	/**
	 * @param groups the person's groups
	 * @return the roles those groups give
	 */
	Set<Role> rolesFor(Collection<String> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String group : groups) {
			Role role = this.groupRoles.get(group);
			if (role != null) {
				roles.add(role);
			}
		}
		return roles;
	}

}
