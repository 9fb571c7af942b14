package org.membercomms.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChangesTest {

	@Test
	void keepsOnlyTheFieldsThatDiffer() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("name", "Cllr Ada Example");
		before.put("ward", "Central");
		before.put("group", null);
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("ward", "Park End");
		after.put("group", "Independent");

		assertThat(Changes.between(before, after)).containsExactly(FieldChange.of("ward", "Central", "Park End"),
				FieldChange.of("group", null, "Independent"));
	}

	@Test
	void listsEveryFieldOfANewRecord() {
		assertThat(Changes.between(Map.of(), Map.of("name", "Cllr Ada Example")))
			.containsExactly(FieldChange.of("name", null, "Cllr Ada Example"));
	}

	@Test
	void findsNothingWhenNothingChanged() {
		assertThat(Changes.between(Map.of("ward", "Central"), Map.of("ward", "Central"))).isEmpty();
	}

	@Test
	void neverHoldsASecretsValue() {
		FieldChange password = FieldChange.secret("password");
		assertThat(password.before()).isNull();
		assertThat(password.after()).isNull();
		assertThat(password.secret()).isTrue();
	}

}
