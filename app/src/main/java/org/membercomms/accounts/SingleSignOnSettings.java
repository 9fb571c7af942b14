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
 * @param requireVerifiedEmail whether a person is refused unless the provider says their
 * email address is verified ({@code email_verified} true); a provider that says it is not
 * verified is always refused, one that does not say (as Entra ID for its own accounts) is
 * trusted unless this is set
 */
@ConfigurationProperties("membercomms.oidc")
record SingleSignOnSettings(String groupsClaim, String emailClaim, Map<String, Role> groupRoles,
		boolean providerSecondFactor, boolean requireVerifiedEmail) {

	/**
	 * The standard OpenID Connect claim telling whether the email address is verified.
	 */
	static final String EMAIL_VERIFIED = "email_verified";

	SingleSignOnSettings {
		groupsClaim = (groupsClaim == null || groupsClaim.isBlank()) ? "groups" : groupsClaim;
		emailClaim = (emailClaim == null || emailClaim.isBlank()) ? "email" : emailClaim;
		groupRoles = (groupRoles == null) ? Map.of() : Map.copyOf(groupRoles);
	}

	/**
	 * Whether the email address in a person's claims may find their account: an address
	 * the provider says is unverified could be anybody's.
	 * @param claims the ID token's and user-info claims
	 * @return false when {@code email_verified} is false (a boolean or the text "false"),
	 * or missing while {@link #requireVerifiedEmail} is set
	 */
	boolean emailVerified(Map<String, Object> claims) {
		Object verified = claims.get(EMAIL_VERIFIED);
		if (verified == null) {
			return !this.requireVerifiedEmail;
		}
		return (verified instanceof Boolean flag) ? flag : Boolean.parseBoolean(verified.toString().strip());
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
