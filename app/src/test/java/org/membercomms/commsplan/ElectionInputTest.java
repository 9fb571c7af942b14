package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What Democratic Services type for an election is checked before it is entered.
 */
class ElectionInputTest {

	private static final Set<String> WARDS = Set.of("Central", "Linthorpe", "Marton East");

	@Test
	void takesAWardElectionWithTheWardsSpeltAsTheDirectorySpellsThem() {
		ElectionInput.Checked checked = new ElectionInput("2027-05-06", "2027-03-29", "BY_ELECTION", "WARDS",
				"linthorpe\nMARTON EAST; linthorpe")
			.check(WARDS);

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.details().wards()).containsExactly("Linthorpe", "Marton East");
		assertThat(checked.details().kind()).isEqualTo(ElectionKind.BY_ELECTION);
	}

	@Test
	void refusesAPeriodThatStartsAfterPollingDay() {
		ElectionInput.Checked checked = new ElectionInput("2027-05-06", "2027-05-07", "SCHEDULED", "WHOLE_COUNCIL", "")
			.check(WARDS);

		assertThat(checked.problems()).containsOnlyKeys("periodStart");
		assertThat(checked.problems().get("periodStart"))
			.isEqualTo("The pre-election period must start on or before polling day");
	}

	@Test
	void refusesAWardElectionWithNoWardOrAnUnknownOne() {
		assertThat(new ElectionInput("2027-05-06", "2027-03-29", "BY_ELECTION", "WARDS", " ").check(WARDS).problems())
			.containsEntry("wards", "Enter the wards the election covers");
		assertThat(new ElectionInput("2027-05-06", "2027-03-29", "BY_ELECTION", "WARDS", "Centrall").check(WARDS)
			.problems()
			.get("wards")).contains("Centrall");
	}

	@Test
	void namesEveryMissingOrUnreadableField() {
		assertThat(new ElectionInput("", "6 May", null, null, null).check(WARDS).problems())
			.containsOnlyKeys("pollDate", "periodStart", "kind", "area");
	}

	@Test
	void bindsAWardsMembersOnlyToItsOwnElections() {
		Election byElection = new Election(UUID.randomUUID(), new ElectionDetails(LocalDate.of(2027, 2, 1),
				LocalDate.of(2027, 1, 1), ElectionKind.BY_ELECTION, List.of("Linthorpe")));
		Election wholeCouncil = new Election(UUID.randomUUID(), new ElectionDetails(LocalDate.of(2027, 5, 6),
				LocalDate.of(2027, 3, 29), ElectionKind.SCHEDULED, List.of()));

		assertThat(byElection.binds("Linthorpe")).isTrue();
		assertThat(byElection.binds("Central")).isFalse();
		assertThat(byElection.binds(null)).isFalse();
		assertThat(wholeCouncil.binds(null)).isTrue();
		assertThat(wholeCouncil.binds("Central")).isTrue();
	}

}
