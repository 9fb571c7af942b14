package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plan items through their workflow against the embedded PostgreSQL: the copy is checked
 * on submit and stored in nobody's history, the author cannot approve, an approval not
 * given by the scheduled time expires instead of publishing late, and a new plan period
 * leaves items with the priority they were planned under.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class PlanItemsTest {

	static final String DEFAMATORY = "Councillor Smith is a corrupt liar who steals from residents.";

	@Autowired
	PlanItems items;

	@Autowired
	StrategicPlan plan;

	@Autowired
	ApprovalExpiry expiry;

	@Autowired
	CommsPlanTestConfiguration.MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsTheStrategicPlanOnFirstStartAsEditableStartingData() {
		PlanPeriod period = this.plan.periods()
			.stream()
			.filter(it -> it.name().equals("Strategic Plan 2021-2024"))
			.findFirst()
			.orElseThrow();
		assertThat(period.source()).contains("Strategic Plan 2020-23");
		assertThat(period.themes()).extracting(PlanTheme::name).containsExactly("People", "Place", "Business");
		assertThat(period.themes().get(0).priorities()).extracting(Priority::name)
			.startsWith("Crime and anti-social behaviour", "Schools", "Environment");
		assertThat(period.themes().get(2).priorities()).extracting(Priority::name)
			.startsWith("Investment and jobs", "Transparency and openness", "Positive perceptions of the town");
		assertThat(period.themes().get(1).priorities()).allMatch(Priority::startingData);
	}

	@Test
	void checksTheCopyOnSubmitAndRefusesTheAuthorsOwnApproval() {
		long checksBefore = postChecks();
		PlanItemId id = as("comms", "COMMS_OFFICER",
				() -> this.items.create(details(DEFAMATORY, hoursAhead(48)), true));
		assertThat(as("comms", "COMMS_OFFICER", () -> this.items.submit(id))).isEmpty();
		PlanItem submitted = this.items.item(id);
		assertThat(submitted.status()).isEqualTo(PlanItemStatus.IN_APPROVAL);
		assertThat(submitted.submittedBy()).isEqualTo("comms");
		assertThat(submitted.findings()).extracting(CopyFinding::category).contains("DEFAMATION");
		assertThat(postChecks()).as("the copy is stored in nobody's post-check history").isEqualTo(checksBefore);

		assertThatThrownBy(() -> as("comms", "COMMS_OFFICER", () -> this.items.approve(id)))
			.isInstanceOf(PlanItemNotAllowed.class)
			.hasMessageContaining("You cannot approve an item you sent for approval");
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.IN_APPROVAL);

		as("comms2", "COMMS_OFFICER", () -> this.items.approve(id));
		as("comms", "COMMS_OFFICER", () -> this.items.publish(id));
		as("comms", "COMMS_OFFICER", () -> this.items.evaluate(id, "Reached 3,400 people; the video worked best"));
		PlanItem evaluated = this.items.item(id);
		assertThat(evaluated.status()).isEqualTo(PlanItemStatus.EVALUATED);
		assertThat(evaluated.approvedBy()).isEqualTo("comms2");
		assertThat(auditActions(id)).contains("created", "sent for approval", "approved", "published", "evaluated");
	}

	@Test
	void anExpiredApprovalDoesNotPublish() {
		PlanItemId id = as("comms", "COMMS_OFFICER",
				() -> this.items.create(details("Bins are collected on Friday.", hoursAhead(2)), true));
		as("comms", "COMMS_OFFICER", () -> this.items.submit(id));
		this.expiry.expireApprovals();
		assertThat(this.items.item(id).status()).as("not yet due").isEqualTo(PlanItemStatus.IN_APPROVAL);

		this.clock.moveOn(Duration.ofHours(3));
		this.expiry.expireApprovals();

		PlanItem expired = this.items.item(id);
		assertThat(expired.status()).isEqualTo(PlanItemStatus.PLANNED);
		assertThat(expired.publishedAt()).isNull();
		assertThat(expired.approvedBy()).isNull();
		assertThat(expired.statusNote()).contains("approval expired", "was not published");
		assertThat(auditActions(id)).contains("approval expired");
		assertThatThrownBy(() -> as("monitoring", "MONITORING_OFFICER", () -> this.items.approve(id)))
			.isInstanceOf(PlanItemNotAllowed.class);
		assertThatThrownBy(() -> as("comms", "COMMS_OFFICER", () -> this.items.publish(id)))
			.isInstanceOf(PlanItemNotAllowed.class);
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.PLANNED);
	}

	@Test
	void refusesALateApprovalAndExpiresTheItemThere() {
		PlanItemId id = as("comms", "COMMS_OFFICER",
				() -> this.items.create(details("Libraries open late.", hoursAhead(1)), true));
		as("comms", "COMMS_OFFICER", () -> this.items.submit(id));
		this.clock.moveOn(Duration.ofHours(2));
		assertThatThrownBy(() -> as("monitoring", "MONITORING_OFFICER", () -> this.items.approve(id)))
			.hasMessageContaining("approval has expired");
		assertThat(this.items.item(id).status()).isEqualTo(PlanItemStatus.PLANNED);
	}

	@Test
	void keepsAnItemsPriorityWhenANewPlanPeriodStarts() {
		PriorityId schools = priorityNamed("Strategic Plan 2021-2024", "Schools");
		PlanItemId id = as("comms", "COMMS_OFFICER",
				() -> this.items.create(details("Term dates.", hoursAhead(24)), false));
		as("comms", "COMMS_OFFICER", () -> this.plan.startPeriod("Strategic Plan 2030-2033", LocalDate.of(2030, 4, 1),
				LocalDate.of(2033, 3, 31)));
		PriorityId newSchools = priorityNamed("Strategic Plan 2030-2033", "Schools");
		assertThat(newSchools).isNotEqualTo(schools);
		as("comms", "COMMS_OFFICER", () -> this.plan.renamePriority(newSchools, "Schools and skills"));
		as("comms", "COMMS_OFFICER",
				() -> this.plan.retirePriority(priorityNamed("Strategic Plan 2030-2033", "Environment")));

		assertThat(this.items.item(id).details().priorities()).containsExactly(schools);
		assertThat(this.plan.allPriorities()).filteredOn(priority -> priority.id().equals(schools))
			.singleElement()
			.satisfies(priority -> assertThat(priority.name()).isEqualTo("Schools"));
		assertThatThrownBy(() -> as("comms", "COMMS_OFFICER",
				() -> this.plan.startPeriod("Overlapping", LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1))))
			.isInstanceOf(StrategicPlanChangeRefused.class);
	}

	private PriorityId priorityNamed(String period, String name) {
		return this.plan.allPriorities()
			.stream()
			.filter(priority -> priority.period().equals(period) && priority.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private PlanItemDetails details(String copy, Instant publishAt) {
		return new PlanItemDetails(PlanItemKind.ANNOUNCEMENT, "Announcement " + publishAt,
				"What residents need to know", null, copy, Set.of(priorityNamed("Strategic Plan 2021-2024", "Schools")),
				Set.of(PlanChannel.COUNCIL_WEBSITE), "Residents", "Jordan Ashby", "Communities", publishAt, null);
	}

	private Instant hoursAhead(int hours) {
		return Clock.offset(this.clock, Duration.ofHours(hours)).instant();
	}

	private long postChecks() {
		return this.jdbc.sql("select count(*) from post_check").query(Long.class).single();
	}

	private List<String> auditActions(PlanItemId id) {
		return this.jdbc.sql("select action from audit_entry where record_type = 'plan item' and record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.list();
	}

}
