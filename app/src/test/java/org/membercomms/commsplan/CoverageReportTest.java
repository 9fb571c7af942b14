package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.system.CouncilTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The plan's coverage of the Strategic Plan against the embedded PostgreSQL. The tests
 * work in a plan period of their own, long past so that it is neither current nor newest,
 * and each adds its own priority there, so that other tests neither see them nor change
 * their figures.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class CoverageReportTest {

	static final String PERIOD = "Coverage test plan 2010-2013";

	@Autowired
	CoverageReport report;

	@Autowired
	StrategicPlan plan;

	@Autowired
	PlanItems items;

	@Test
	void countsAPlannedItemInTheQuarterOfItsPublishDateButNotAnIdea() {
		PriorityId priority = newPriority("Place", "Markets " + UUID.randomUUID());
		as("comms", "COMMS_OFFICER", () -> this.items.create(details(priority, LocalDate.of(2027, 5, 10)), false));
		PlanItemId planned = as("comms", "COMMS_OFFICER",
				() -> this.items.create(details(priority, LocalDate.of(2027, 8, 1)), true));
		as("comms", "COMMS_OFFICER", () -> this.items.create(details(priority, LocalDate.of(2028, 3, 31)), true));
		as("comms", "COMMS_OFFICER", () -> this.items.submit(planned));
		as("comms2", "COMMS_OFFICER", () -> this.items.approve(planned));
		as("comms", "COMMS_OFFICER", () -> this.items.publish(planned));

		Coverage.PriorityCoverage figures = figuresOf(coverage(), priority);
		assertThat(figures.in(new FinancialQuarter(2027, 1))).as("an idea is not counted")
			.isEqualTo(new Coverage.Count(0, 0));
		assertThat(figures.in(new FinancialQuarter(2027, 2))).isEqualTo(new Coverage.Count(1, 1));
		assertThat(figures.in(new FinancialQuarter(2027, 4))).as("31 March is in the last quarter")
			.isEqualTo(new Coverage.Count(1, 0));
		assertThat(figures.planned()).isEqualTo(2);
		assertThat(figures.published()).isEqualTo(1);
		assertThat(coverage().quarters()).as("the period's quarters and those its items fall in")
			.startsWith(new FinancialQuarter(2010, 1))
			.contains(new FinancialQuarter(2012, 4), new FinancialQuarter(2027, 4));
		assertThat(coverage().activeQuarters()).contains(new FinancialQuarter(2027, 2))
			.doesNotContain(new FinancialQuarter(2010, 1));
		assertThat(coverage().uncovered()).extracting(Priority::id).doesNotContain(priority);
	}

	@Test
	void highlightsAPriorityWithNoCommunicationsUntilSomethingIsPlanned() {
		PriorityId priority = newPriority("People", "Libraries " + UUID.randomUUID());
		as("comms", "COMMS_OFFICER", () -> this.items.create(details(priority, LocalDate.of(2027, 6, 1)), false));
		assertThat(coverage().uncovered()).extracting(Priority::id).contains(priority);
		assertThat(figuresOf(coverage(), priority).none()).isTrue();

		as("comms", "COMMS_OFFICER", () -> this.items.create(details(priority, LocalDate.of(2027, 6, 2)), true));
		assertThat(coverage().uncovered()).extracting(Priority::id).doesNotContain(priority);
	}

	@Test
	void writesEveryQuarterOfEveryPriorityAsCsvAndDefusesFormulas() {
		String name = "=HYPERLINK(\"http://example.org\") " + UUID.randomUUID();
		PriorityId priority = newPriority("Business", name);
		as("comms", "COMMS_OFFICER", () -> this.items.create(details(priority, LocalDate.of(2027, 10, 5)), true));

		Coverage coverage = coverage();
		String csv = this.report.csv(coverage);
		String quoted = "\"'" + name.replace("\"", "\"\"") + "\"";
		assertThat(csv).startsWith("theme,priority,quarter,planned,published\r\n")
			.contains("\"Business\"," + quoted + ",\"Q3 2027-28\",1,0\r\n")
			.contains("\"Business\"," + quoted + ",\"Q1 2010-11\",0,0\r\n")
			.doesNotContain(",\"=HYPERLINK");
		assertThat(csv.lines().filter(line -> line.contains(quoted))).hasSize(coverage.quarters().size());
	}

	private Coverage coverage() {
		return this.report.coverage(Optional.of(period().id())).orElseThrow();
	}

	private static Coverage.PriorityCoverage figuresOf(Coverage coverage, PriorityId id) {
		return coverage.priorities()
			.stream()
			.filter(figures -> figures.priority().id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private PlanPeriod period() {
		return this.plan.periods().stream().filter(it -> it.name().equals(PERIOD)).findFirst().orElseGet(() -> {
			as("comms", "COMMS_OFFICER",
					() -> this.plan.startPeriod(PERIOD, LocalDate.of(2010, 4, 1), LocalDate.of(2013, 3, 31)));
			return period();
		});
	}

	private PriorityId newPriority(String theme, String name) {
		UUID themeId = period().themes().stream().filter(it -> it.name().equals(theme)).findFirst().orElseThrow().id();
		return as("comms", "COMMS_OFFICER", () -> this.plan.addPriority(themeId, name));
	}

	private static PlanItemDetails details(PriorityId priority, LocalDate publishOn) {
		return new PlanItemDetails(PlanItemKind.CAMPAIGN, "Coverage " + publishOn, "What residents need to know", null,
				"Come along to the market.", Set.of(priority), Set.of(PlanChannel.COUNCIL_WEBSITE), "Residents",
				"Jordan Ashby", "Place", publishOn.atTime(LocalTime.NOON).atZone(CouncilTime.ZONE).toInstant(), null);
	}

}
