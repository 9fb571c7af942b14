package org.membercomms.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which tokens' email addresses may find an account: never one the provider says is
 * unverified, and one it says nothing about only unless verified addresses are required.
 */
class SingleSignOnSettingsTest {

	private static SingleSignOnSettings settings(boolean requireVerifiedEmail) {
		return new SingleSignOnSettings(null, null, null, false, requireVerifiedEmail);
	}

	@Test
	void refusesAnAddressTheProviderSaysIsUnverified() {
		for (Object unverified : new Object[] { false, "false", " FALSE " }) {
			Map<String, Object> claims = Map.of("email", "a@example.org", "email_verified", unverified);
			assertThat(settings(false).emailVerified(claims)).as("%s", unverified).isFalse();
			assertThat(settings(true).emailVerified(claims)).as("%s", unverified).isFalse();
		}
	}

	@Test
	void acceptsAnAddressTheProviderSaysIsVerified() {
		for (Object verified : new Object[] { true, "true" }) {
			Map<String, Object> claims = Map.of("email", "a@example.org", "email_verified", verified);
			assertThat(settings(false).emailVerified(claims)).isTrue();
			assertThat(settings(true).emailVerified(claims)).isTrue();
		}
	}

	@Test
	void trustsASilentProviderUnlessVerifiedAddressesAreRequired() {
		Map<String, Object> claims = Map.of("email", "a@example.org");
		assertThat(settings(false).emailVerified(claims)).isTrue();
		assertThat(settings(true).emailVerified(claims)).isFalse();
	}

}
