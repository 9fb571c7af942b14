package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo configuration still has one period in the old
 * {@code membercomms.postcheck.pre-election-periods} setting: the first start copied it
 * in as a whole-council election, and nothing copies it again.
 */
@MemberCommsTest
@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
class ElectionsFromSettingsTest {

	private static final ElectionDetails CONFIGURED = new ElectionDetails(LocalDate.of(2027, 5, 6),
			LocalDate.of(2027, 3, 29), ElectionKind.SCHEDULED, List.of());

	@Autowired
	Elections elections;

	@Autowired
	ElectionsFromSettings migration;

	@Test
	void copiedTheConfiguredPeriodInOnceAsAWholeCouncilElection() {
		assertThat(configured()).hasSize(1);

		assertThat(this.migration.migrate()).isZero();

		assertThat(configured()).hasSize(1);
	}

	@Test
	void neverBringsBackADeletedMigratedElection() {
		Election migrated = configured().get(0);
		this.elections.delete(migrated.id());
		try {
			assertThat(this.migration.migrate()).isZero();
			assertThat(configured()).isEmpty();
		}
		finally {
			this.elections.enter(CONFIGURED);
		}
	}

	private List<Election> configured() {
		return this.elections.all().stream().filter(election -> election.details().equals(CONFIGURED)).toList();
	}

}
