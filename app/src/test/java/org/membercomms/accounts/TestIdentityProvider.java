package org.membercomms.accounts;

import java.util.List;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The council's identity provider for {@link SingleSignOnTest}: Spring Authorization
 * Server, started as an application of its own, with one person in two groups, one of
 * which MemberComms maps to a role, and another whose email address the provider says it
 * has not verified. A test configuration, so that no MemberComms context picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class TestIdentityProvider {

	/** The person whose email address the provider has not verified. */
	static final String UNVERIFIED = "sam.unverified";

	@Bean
	UserDetailsService people() {
		return new InMemoryUserDetailsManager(
				User.withUsername("pat.officer").password("{noop}idp-password").roles("USER").build(),
				User.withUsername(UNVERIFIED).password("{noop}idp-password").roles("USER").build());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> groupsAndEmail() {
		return context -> {
			if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			if (UNVERIFIED.equals(context.getPrincipal().getName())) {
				context.getClaims()
					.claim("email", "sam.unverified@example.org")
					.claim("email_verified", false)
					.claim("name", "Sam Unverified")
					.claim("groups", List.of("mc-democratic-services"));
			}
			else {
				context.getClaims()
					.claim("email", "pat.officer@example.org")
					.claim("name", "Pat Officer")
					.claim("groups", List.of("mc-democratic-services", "all-staff"));
			}
		};
	}

}
