package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.system.CouncilTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plan items in a pre-election period entered as data, against the embedded PostgreSQL: a
 * council-channel item whose copy names a party, or that its author or the Monitoring
 * Officer marks as controversial, only the Monitoring Officer may approve; outside the
 * period, or marked as public safety information, a communications officer may.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class PreElectionReviewsTest {

	static final String NAMES_A_PARTY = "The Labour group has opened the new library on Linthorpe Road.";

	static final String PLAIN = "The new library on Linthorpe Road opens on Monday at 9am.";

	static final LocalDate IN_PERIOD = LocalDate.of(2040, 4, 10);

	static final LocalDate OUTSIDE = LocalDate.of(2040, 6, 10);

	@Autowired
	PlanItems items;

	@Autowired
	PreElectionReviews reviews;

	@Autowired
	Elections elections;

	@Autowired
	StrategicPlan plan;

	@Autowired
	JdbcClient jdbc;

	private final List<UUID> entered = new ArrayList<>();

	@BeforeEach
	void enterAnElection() {
		this.entered.add(as("democratic", "DEMOCRATIC_SERVICES",
				() -> this.elections.enter(new ElectionDetails(LocalDate.of(2040, 5, 3), LocalDate.of(2040, 3, 26),
						ElectionKind.SCHEDULED, List.of()))));
	}

	@AfterEach
	void deleteIt() {
		this.entered.forEach(id -> as("democratic", "DEMOCRATIC_SERVICES", () -> this.elections.delete(id)));
		this.entered.clear();
	}

	@Test
	void aCouncilChannelItemInThePeriodThatNamesAPartyNeedsTheMonitoringOfficer() {
		PlanItemId id = submitted(NAMES_A_PARTY, IN_PERIOD);
		assertThat(this.items.item(id).findings()).as("the checker saw the planned day, inside the period")
			.extracting(CopyFinding::category)
			.contains("PRE_ELECTION");
		assertThat(this.reviews.flag(this.items.item(id)).flagged()).isTrue();

		assertThatThrownBy(() -> as("comms2", "COMMS_OFFICER", () -> this.items.approve(id, false)))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessage("This item goes out during the pre-election period for the scheduled election on 3 May 2040 "
					+ "and its copy mentions Members, candidates or parties, so only the Monitoring Officer can "
					+ "approve it");
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.IN_APPROVAL);

		as("monitoring", "MONITORING_OFFICER", () -> this.items.approve(id, true));
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.APPROVED);
		assertThat(this.items.item(id).approvedBy()).isEqualTo("monitoring");
	}

	@Test
	void theSameItemOutsideThePeriodNeedsNoMonitoringOfficer() {
		PlanItemId id = submitted(NAMES_A_PARTY, OUTSIDE);
		assertThat(this.items.item(id).findings()).extracting(CopyFinding::category).doesNotContain("PRE_ELECTION");
		assertThat(this.reviews.flag(this.items.item(id)).flagged()).isFalse();

		as("comms2", "COMMS_OFFICER", () -> this.items.approve(id, false));
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.APPROVED);
	}

	@Test
	void anItemItsAuthorMarksControversialNeedsTheMonitoringOfficer() {
		PlanItemId id = created(PLAIN, IN_PERIOD);
		as("comms", "COMMS_OFFICER", () -> this.reviews.markByAuthor(id, true, false));
		as("comms", "COMMS_OFFICER", () -> this.items.submit(id));
		assertThat(this.items.item(id).findings()).extracting(CopyFinding::category).doesNotContain("PRE_ELECTION");

		assertThatThrownBy(() -> as("comms2", "COMMS_OFFICER", () -> this.items.approve(id)))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("its author marked it as controversial, so only the Monitoring Officer");
		as("monitoring", "MONITORING_OFFICER", () -> this.items.approve(id, true));
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.APPROVED);
		assertThat(auditActions(id)).contains(PreElectionReviews.MARKED, "approved");
	}

	@Test
	void anItemTheMonitoringOfficerMarksControversialNeedsThem() {
		PlanItemId id = submitted(PLAIN, IN_PERIOD);
		as("monitoring", "MONITORING_OFFICER", () -> this.reviews.markByMonitoringOfficer(id, true));

		assertThatThrownBy(() -> as("comms2", "COMMS_OFFICER", () -> this.items.approve(id, false)))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("the Monitoring Officer marked it as controversial");
		as("monitoring", "MONITORING_OFFICER", () -> this.reviews.markByMonitoringOfficer(id, false));
		as("comms2", "COMMS_OFFICER", () -> this.items.approve(id, false));
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.APPROVED);
	}

	@Test
	void aPublicSafetyItemIsNotFlaggedAndTheMarkIsAudited() {
		PlanItemId id = created("Flood warning: the Labour Club car park is closed; avoid Linthorpe Road.", IN_PERIOD);
		as("comms", "COMMS_OFFICER", () -> this.reviews.markByAuthor(id, false, true));
		as("comms", "COMMS_OFFICER", () -> this.items.submit(id));
		assertThat(this.items.item(id).findings()).as("the copy names a party, so only the mark keeps it unflagged")
			.extracting(CopyFinding::category)
			.contains("PRE_ELECTION");
		PreElectionFlag flag = this.reviews.flag(this.items.item(id));
		assertThat(flag.inPeriod()).isTrue();
		assertThat(flag.publicSafety()).isTrue();
		assertThat(flag.flagged()).isFalse();
		assertThat(this.reviews.marks(id).publicSafety()).isTrue();
		assertThat(auditActions(id)).contains(PreElectionReviews.MARKED);

		as("comms2", "COMMS_OFFICER", () -> this.items.approve(id, false));
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.APPROVED);
	}

	@Test
	void theAuthorCannotChangeTheMarksOnceTheItemIsInApproval() {
		PlanItemId id = submitted(PLAIN, IN_PERIOD);
		assertThatThrownBy(() -> as("comms", "COMMS_OFFICER", () -> this.reviews.markByAuthor(id, false, true)))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("Only an idea or a planned item can be marked");
		assertThat(this.reviews.marks(id)).isEqualTo(PreElectionMarks.NONE);
	}

	@Test
	void listsOnlyTheFlaggedItems() {
		PlanItemId flagged = submitted(NAMES_A_PARTY, IN_PERIOD);
		PlanItemId outside = submitted(NAMES_A_PARTY, OUTSIDE);
		var listed = this.reviews.flagged(this.items.all());
		assertThat(listed).containsKey(flagged).doesNotContainKey(outside);
	}

	private PlanItemId created(String copy, LocalDate day) {
		Instant at = day.atTime(LocalTime.of(10, 0)).atZone(CouncilTime.ZONE).toInstant();
		PriorityId schools = this.plan.allPriorities()
			.stream()
			.filter(priority -> priority.name().equals("Schools"))
			.findFirst()
			.orElseThrow()
			.id();
		return as("comms", "COMMS_OFFICER",
				() -> this.items.create(new PlanItemDetails(PlanItemKind.ANNOUNCEMENT, "Library " + UUID.randomUUID(),
						"A new library", null, copy, Set.of(schools), Set.of(PlanChannel.PRESS_RELEASE), "Residents",
						"Jordan Ashby", "Communities", at, null), true));
	}

	private PlanItemId submitted(String copy, LocalDate day) {
		PlanItemId id = created(copy, day);
		assertThat(as("comms", "COMMS_OFFICER", () -> this.items.submit(id))).isEmpty();
		return id;
	}

	private List<String> auditActions(PlanItemId id) {
		return this.jdbc.sql("select action from audit_entry where record_type = 'plan item' and record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.list();
	}

}
