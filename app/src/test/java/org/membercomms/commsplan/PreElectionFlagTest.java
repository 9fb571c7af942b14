package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.membercomms.system.CouncilTime;

/**
 * The pre-election rule on its own: which items only the Monitoring Officer may approve.
 */
class PreElectionFlagTest {

	static final Election WHOLE_COUNCIL = new Election(UUID.randomUUID(), new ElectionDetails(LocalDate.of(2040, 5, 3),
			LocalDate.of(2040, 3, 26), ElectionKind.SCHEDULED, List.of()));

	static final Election BY_ELECTION = new Election(UUID.randomUUID(), new ElectionDetails(LocalDate.of(2041, 9, 12),
			LocalDate.of(2041, 8, 8), ElectionKind.BY_ELECTION, List.of("Acklam")));

	static final List<Election> ELECTIONS = List.of(WHOLE_COUNCIL, BY_ELECTION);

	@Test
	void flagsACouncilChannelItemInAWholeCouncilPeriodWhoseCopyNamesPolitics() {
		PreElectionFlag flag = PreElectionFlag.review(item(LocalDate.of(2040, 4, 10), PlanChannel.PRESS_RELEASE), true,
				PreElectionMarks.NONE, ELECTIONS);
		assertThat(flag.flagged()).isTrue();
		assertThat(flag.reasons()).containsExactly(PreElectionFlag.NAMES_POLITICS);
		assertThat(flag.refusal()).isEqualTo(
				"This item goes out during the pre-election period for the scheduled election on 3 May 2040 and its "
						+ "copy mentions Members, candidates or parties, so only the Monitoring Officer can approve it");
	}

	@Test
	void countsTheFirstDayOfThePeriodAndPollingDayButNotTheDaysAround() {
		for (LocalDate day : List.of(LocalDate.of(2040, 3, 26), LocalDate.of(2040, 5, 3))) {
			assertThat(PreElectionFlag
				.review(item(day, PlanChannel.COUNCIL_WEBSITE), true, PreElectionMarks.NONE, ELECTIONS)
				.flagged()).as(day.toString()).isTrue();
		}
		for (LocalDate day : List.of(LocalDate.of(2040, 3, 25), LocalDate.of(2040, 5, 4))) {
			PreElectionFlag flag = PreElectionFlag.review(item(day, PlanChannel.COUNCIL_WEBSITE), true,
					PreElectionMarks.NONE, ELECTIONS);
			assertThat(flag.inPeriod()).as(day.toString()).isFalse();
			assertThat(flag.flagged()).as(day.toString()).isFalse();
		}
	}

	@Test
	void flagsAnItemMarkedControversialByItsAuthorOrTheMonitoringOfficer() {
		PreElectionFlag byAuthor = PreElectionFlag.review(item(LocalDate.of(2040, 4, 10), PlanChannel.NEWSLETTER),
				false, new PreElectionMarks(true, false, false), ELECTIONS);
		PreElectionFlag byMonitoringOfficer = PreElectionFlag.review(
				item(LocalDate.of(2040, 4, 10), PlanChannel.COUNCIL_SOCIAL_MEDIA), false,
				new PreElectionMarks(false, true, false), ELECTIONS);
		assertThat(byAuthor.flagged()).isTrue();
		assertThat(byAuthor.reasons()).containsExactly(PreElectionFlag.AUTHOR_CONTROVERSIAL);
		assertThat(byMonitoringOfficer.flagged()).isTrue();
		assertThat(byMonitoringOfficer.reasons()).containsExactly(PreElectionFlag.MONITORING_OFFICER_CONTROVERSIAL);
	}

	@Test
	void leavesAnItemInThePeriodThatNeitherNamesPoliticsNorIsMarked() {
		PreElectionFlag flag = PreElectionFlag.review(item(LocalDate.of(2040, 4, 10), PlanChannel.PRESS_RELEASE), false,
				PreElectionMarks.NONE, ELECTIONS);
		assertThat(flag.inPeriod()).isTrue();
		assertThat(flag.flagged()).isFalse();
	}

	@Test
	void keepsThePublicSafetyException() {
		PreElectionFlag flag = PreElectionFlag.review(item(LocalDate.of(2040, 4, 10), PlanChannel.PRESS_RELEASE), true,
				new PreElectionMarks(true, false, true), ELECTIONS);
		assertThat(flag.inPeriod()).isTrue();
		assertThat(flag.publicSafety()).isTrue();
		assertThat(flag.flagged()).isFalse();
	}

	@Test
	void leavesAMembersBriefingAlone() {
		PreElectionFlag flag = PreElectionFlag.review(item(LocalDate.of(2040, 4, 10), PlanChannel.MEMBERS_BRIEFING),
				true, new PreElectionMarks(true, true, false), ELECTIONS);
		assertThat(flag.inPeriod()).isFalse();
		assertThat(flag.flagged()).isFalse();
	}

	@Test
	void flagsABriefingThatAlsoGoesOutOnAPublicChannel() {
		PreElectionFlag flag = PreElectionFlag.review(
				item(LocalDate.of(2040, 4, 10), PlanChannel.MEMBERS_BRIEFING, PlanChannel.COUNCIL_WEBSITE), true,
				PreElectionMarks.NONE, ELECTIONS);
		assertThat(flag.flagged()).isTrue();
	}

	@Test
	void leavesAWardByElectionOutOfTheRuleForItemsNameNoArea() {
		PreElectionFlag flag = PreElectionFlag.review(item(LocalDate.of(2041, 9, 1), PlanChannel.PRESS_RELEASE), true,
				new PreElectionMarks(false, true, false), ELECTIONS);
		assertThat(flag.inPeriod()).isFalse();
		assertThat(flag.flagged()).isFalse();
	}

	private static PlanItemDetails item(LocalDate day, PlanChannel... channels) {
		return new PlanItemDetails(PlanItemKind.ANNOUNCEMENT, "Library opening", "A new library", null,
				"The Labour group opens the library.", Set.of(new PriorityId(UUID.randomUUID())), Set.of(channels),
				"Residents", "Jordan Ashby", "Communities",
				day.atTime(LocalTime.of(9, 0)).atZone(CouncilTime.ZONE).toInstant(), null);
	}

}
