package org.membercomms.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemberInputTest {

	static MemberInput valid() {
		return new MemberInput(" Cllr Ada Example ", "Ada.Example@Example.org", "Central", "", "no",
				List.of("Planning", "LICENSING"), "Chair of Planning\n\n Executive Member ", "2023-05-08", "8/5/2027");
	}

	@Test
	void turnsTypedDetailsIntoCheckedOnes() {
		MemberInput.Checked checked = valid().check();
		assertThat(checked.ok()).isTrue();
		MemberDetails details = checked.details();
		assertThat(details.name()).isEqualTo("Cllr Ada Example");
		assertThat(details.councilEmail()).isEqualTo("ada.example@example.org");
		assertThat(details.politicalGroup()).isNull();
		assertThat(details.committees()).containsExactly(Committee.PLANNING, Committee.LICENSING);
		assertThat(details.roles()).containsExactly("Chair of Planning", "Executive Member");
		assertThat(details.termStarts()).isEqualTo(LocalDate.of(2023, 5, 8));
		assertThat(details.termEnds()).isEqualTo(LocalDate.of(2027, 5, 8));
	}

	@Test
	void namesEveryFieldThatIsWrong() {
		MemberInput input = new MemberInput("", "not an email", " ", "", "perhaps", List.of("Bowls"), "", "2027-02-30",
				"");
		assertThat(input.check().problems()).containsOnlyKeys("name", "councilEmail", "ward", "groupLeader",
				"committees", "termStarts");
	}

	@Test
	void refusesATermThatEndsBeforeItStarts() {
		MemberInput input = new MemberInput("Cllr A", "a@example.org", "Central", "", "", List.of(), "", "2027-05-08",
				"2023-05-08");
		assertThat(input.check().problems()).containsKey("termEnds");
	}

	@Test
	void refusesAGroupLeaderWithoutAGroup() {
		MemberInput input = new MemberInput("Cllr A", "a@example.org", "Central", "", "yes", List.of(), "", "", "");
		assertThat(input.check().problems()).containsKey("groupLeader");
	}

	@Test
	void roundTripsCheckedDetails() {
		MemberDetails details = valid().check().details();
		assertThat(MemberInput.of(details).check().details()).isEqualTo(details);
	}

}
