package org.membercomms.accounts;

import java.util.List;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The council's identity provider for {@link SingleSignOnTest}: Spring Authorization
 * Server, started as an application of its own, with one person in two groups, one of
 * which MemberComms maps to a role. A test configuration, so that no MemberComms context
 * picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class TestIdentityProvider {

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> groupsAndEmail() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims()
					.claim("email", "pat.officer@example.org")
					.claim("name", "Pat Officer")
					.claim("groups", List.of("mc-democratic-services", "all-staff"));
			}
		};
	}

}
