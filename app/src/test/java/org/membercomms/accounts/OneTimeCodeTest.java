package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.system.CouncilSettings;
import org.membercomms.system.CouncilTime;

/**
 * One-time codes against RFC 6238's own test vector, and the mapping of groups to roles.
 * No Spring.
 */
class OneTimeCodeTest {

	/** RFC 6238 appendix B: the ASCII key "12345678901234567890", in base 32. */
	private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@ParameterizedTest
	@CsvSource({ "59, 287082, true", "89, 287082, true", "29, 287082, true", "150, 287082, false", "59, 287083, false",
			"59, 287 082, true", "59, '', false", "59, 28708a, false" })
	void acceptsTheCodeOfTheCurrentStepAndOneEitherSide(long epochSecond, String code, boolean right) {
		assertThat(codesAt(epochSecond).step(RFC_KEY, code).isPresent()).isEqualTo(right);
	}

	@Test
	void tellsTheStepACodeBelongsTo() {
		assertThat(codesAt(59).step(RFC_KEY, "287082")).hasValue(1);
		assertThat(codesAt(89).step(RFC_KEY, "287082")).as("one step late").hasValue(1);
		assertThat(codesAt(29).step(RFC_KEY, "287082")).as("one step early").hasValue(1);
	}

	@Test
	void makesLongRandomKeysAndShowsThemInGroups() {
		AuthenticatorCodes codes = codesAt(0);
		String key = codes.newSecret();
		assertThat(key).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
		assertThat(AuthenticatorCodes.grouped(key)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(codes.qrCode(key, "casey")).startsWith("data:image/png;base64,");
	}

	@Test
	void givesTheRolesOfTheMappedGroupsOnly() {
		SingleSignOnSettings settings = new SingleSignOnSettings(null, null,
				Map.of("dem-services", Role.DEMOCRATIC_SERVICES, "it-admins", Role.ADMIN), false, false);
		assertThat(settings.groupsClaim()).isEqualTo("groups");
		assertThat(settings.emailClaim()).isEqualTo("email");
		assertThat(settings.rolesFor(List.of("dem-services", "all-staff", "it-admins")))
			.containsExactlyInAnyOrder(Role.DEMOCRATIC_SERVICES, Role.ADMIN);
		assertThat(settings.rolesFor(List.of("all-staff"))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "PASSWORD, true", "SINGLE_SIGN_ON, true", "PROVIDER_SECOND_FACTOR, false" })
	void makesAnAdministratorWithoutACodeSetOneUpUnlessTheProviderAskedForASecondFactor(SignedIn.Method method,
			boolean mustSetUp) {
		Account admin = new Account(new AccountId(UUID.randomUUID()), "casey", "Casey", "casey@example.org", null, true,
				Set.of(Role.ADMIN), false, null);
		assertThat(new SignedIn(admin, method).mustSetUpSecondFactor()).isEqualTo(mustSetUp);
		Account member = new Account(admin.id(), "rowan", "Rowan", "rowan@example.org", null, true, Set.of(Role.MEMBER),
				false, null);
		assertThat(new SignedIn(member, method).mustSetUpSecondFactor()).isFalse();
	}

	private static AuthenticatorCodes codesAt(long epochSecond) {
		return new AuthenticatorCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), CouncilTime.ZONE),
				new CouncilSettings("Middlesbrough Council", "MemberComms", null, null, LocalDate.of(2026, 11, 28),
						null));
	}

}
