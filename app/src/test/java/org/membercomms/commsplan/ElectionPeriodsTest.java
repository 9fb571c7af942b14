package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.members.MemberId;
import org.membercomms.postcheck.PostChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The post checker's pre-election rule works from the elections Democratic Services
 * enter: a whole-council election binds everyone, a ward's by-election only that ward's
 * Members.
 */
@MemberCommsTest
@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
class ElectionPeriodsTest {

	private static final String PARTY_POST = "Vote Labour on polling day to keep the library open!";

	@Autowired
	Elections elections;

	@Autowired
	PostChecks checks;

	@Autowired
	PostChecker checker;

	private final List<UUID> entered = new ArrayList<>();

	@AfterEach
	void deleteTheElectionsEntered() {
		this.entered.forEach(this.elections::delete);
	}

	@Test
	void flagsACouncilPostByAMemberDuringAnEnteredPeriodAndNotOutsideIt() {
		this.entered.add(this.elections.enter(new ElectionDetails(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 3, 24),
				ElectionKind.SCHEDULED, List.of())));
		Optional<MemberId> member = this.checks.memberOf("member");

		assertThat(categoriesOf(check(member, LocalDate.of(2031, 4, 10)))).contains(Category.PRE_ELECTION);
		assertThat(categoriesOf(check(member, LocalDate.of(2031, 5, 1)))).contains(Category.PRE_ELECTION);
		assertThat(categoriesOf(check(member, LocalDate.of(2031, 3, 23)))).doesNotContain(Category.PRE_ELECTION);
		assertThat(categoriesOf(check(member, LocalDate.of(2031, 5, 2)))).doesNotContain(Category.PRE_ELECTION);
	}

	@Test
	void appliesAWardsByElectionOnlyToThatWardsMembers() {
		this.entered.add(this.elections.enter(new ElectionDetails(LocalDate.of(2032, 2, 12), LocalDate.of(2032, 1, 8),
				ElectionKind.BY_ELECTION, List.of("Linthorpe"))));
		LocalDate during = LocalDate.of(2032, 1, 20);

		Optional<MemberId> linthorpe = this.checks.memberOf("member2");
		Optional<MemberId> central = this.checks.memberOf("member");
		assertThat(linthorpe).isPresent();
		assertThat(central).isPresent();
		assertThat(categoriesOf(check(linthorpe, during))).contains(Category.PRE_ELECTION);
		assertThat(categoriesOf(check(central, during))).doesNotContain(Category.PRE_ELECTION);
		assertThat(categoriesOf(check(Optional.empty(), during))).doesNotContain(Category.PRE_ELECTION);
	}

	@Test
	void recordsEachChangeInTheAuditTrailAndForgetsADeletedElection() {
		UUID id = this.elections.enter(new ElectionDetails(LocalDate.of(2033, 5, 5), LocalDate.of(2033, 3, 28),
				ElectionKind.SCHEDULED, List.of()));
		this.elections.change(id, new ElectionDetails(LocalDate.of(2033, 5, 5), LocalDate.of(2033, 3, 30),
				ElectionKind.SCHEDULED, List.of("Acklam")));
		assertThat(this.elections.get(id).details().wards()).containsExactly("Acklam");
		this.elections.delete(id);

		assertThat(this.elections.all()).extracting(Election::id).doesNotContain(id);
		assertThat(this.checks.contextFor(this.checks.memberOf("member"), Channel.COUNCIL, LocalDate.of(2033, 4, 1))
			.inPreElectionPeriod()).isFalse();
	}

	private Report check(Optional<MemberId> member, LocalDate day) {
		return this.checker.check(Post.of(PARTY_POST), this.checks.contextFor(member, Channel.COUNCIL, day));
	}

	private static java.util.Set<Category> categoriesOf(Report report) {
		return report.categories();
	}

}
