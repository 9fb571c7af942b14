package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check's context comes from the author's Member record and the elections entered (in
 * the demo, the period of the old setting, migrated on the first start).
 */
@MemberCommsTest
class PostCheckContextTest {

	@Autowired
	PostChecks checks;

	@Test
	void takesTheCommitteesFromTheMembersRecordAndThePreElectionPeriodsFromTheElections() {
		Context context = this.checks.contextFor(this.checks.memberOf("member"), Channel.COUNCIL,
				LocalDate.of(2027, 4, 20));
		assertThat(context.committees()).containsExactly("PLANNING");
		assertThat(context.inPreElectionPeriod()).isTrue();
		assertThat(this.checks.contextFor(this.checks.memberOf("member"), Channel.COUNCIL, LocalDate.of(2027, 5, 7))
			.inPreElectionPeriod()).isFalse();
	}

	@Test
	void checksSomeoneWithoutAMemberRecordWithoutCommittees() {
		assertThat(this.checks.memberOf("comms")).isEmpty();
		assertThat(this.checks.contextFor(Optional.empty(), Channel.PERSONAL, LocalDate.of(2027, 4, 20)).committees())
			.isEmpty();
	}

}
