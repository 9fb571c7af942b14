package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

class AuthoritiesTest {

	private static final String ORGANISERS = "hasAnyRole('DEMOCRATIC_SERVICES', 'ADMIN')";

	@Test
	void allowsAPersonHoldingOneOfTheRoles() {
		assertThat(Authorities.allows(person("ROLE_ADMIN"), ORGANISERS)).isTrue();
		assertThat(Authorities.allows(person("ROLE_MEMBER", "ROLE_DEMOCRATIC_SERVICES"), ORGANISERS)).isTrue();
	}

	@Test
	void refusesAPersonHoldingNoneOfTheRoles() {
		assertThat(Authorities.allows(person("ROLE_MEMBER"), ORGANISERS)).isFalse();
		assertThat(Authorities.allows(person(), "hasRole('MEMBER')")).isFalse();
	}

	@Test
	void readsAnAuthorityWithoutItsPrefixAsNoRole() {
		assertThat(Authorities.allows(person("ADMIN"), ORGANISERS)).isFalse();
	}

	@Test
	void refusesNobody() {
		assertThat(Authorities.allows(null, ORGANISERS)).isFalse();
	}

	@Test
	void combinesRulesAsTheHandlersDo() {
		String draftersOrApprover = "hasAnyRole('DEMOCRATIC_SERVICES', 'COMMS_OFFICER') or hasRole('MONITORING_OFFICER')";
		assertThat(Authorities.allows(person("ROLE_MONITORING_OFFICER"), draftersOrApprover)).isTrue();
		assertThat(Authorities.allows(person("ROLE_INDEPENDENT_PERSON"), draftersOrApprover)).isFalse();
	}

	private static Authentication person(String... authorities) {
		TestingAuthenticationToken person = new TestingAuthenticationToken("someone", "secret", authorities);
		person.setAuthenticated(true);
		return person;
	}

}
