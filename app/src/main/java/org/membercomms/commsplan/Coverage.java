package org.membercomms.commsplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many items were planned and published for each priority of a plan period in each
 * financial quarter: the "consistency and direction" the scrutiny panel asked for. An
 * item counts as planned once it is past the idea stage, and as published once it is
 * published or evaluated, in the quarter of its planned publish date. The quarters are
 * the period's, and any others in which items planned under its priorities fall.
 *
 * @param period the plan period
 * @param quarters every quarter covered, in order
 * @param themes the period's themes with their priorities' figures
 */
public record Coverage(PlanPeriod period, List<FinancialQuarter> quarters, List<ThemeCoverage> themes) {

	/**
	 * Works out the figures.
	 * @param period the plan period
	 * @param communications the items past the idea stage that serve its priorities
	 * @return the coverage
	 */
	static Coverage of(PlanPeriod period, List<PlannedCommunication> communications) {
		FinancialQuarter first = FinancialQuarter.of(period.startsOn());
		FinancialQuarter last = FinancialQuarter.of(period.endsOn());
		for (PlannedCommunication communication : communications) {
			FinancialQuarter quarter = FinancialQuarter.of(communication.publishOn());
			first = (quarter.compareTo(first) < 0) ? quarter : first;
			last = (quarter.compareTo(last) > 0) ? quarter : last;
		}
		List<FinancialQuarter> quarters = new ArrayList<>();
		for (FinancialQuarter quarter = first; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
			quarters.add(quarter);
		}
		List<ThemeCoverage> themes = new ArrayList<>();
		for (PlanTheme theme : period.themes()) {
			List<PriorityCoverage> priorities = new ArrayList<>();
			for (Priority priority : theme.priorities()) {
				PriorityCoverage coverage = PriorityCoverage.of(priority, communications);
				if (!priority.retired() || !coverage.none()) {
					priorities.add(coverage);
				}
			}
			themes.add(new ThemeCoverage(theme.name(), priorities));
		}
		return new Coverage(period, List.copyOf(quarters), List.copyOf(themes));
	}

	/**
	 * @return the quarters in which anything was planned, in order
	 */
	public List<FinancialQuarter> activeQuarters() {
		return this.quarters.stream()
			.filter(quarter -> priorities().stream().anyMatch(priority -> priority.in(quarter).planned() > 0))
			.toList();
	}

	/**
	 * @return every priority's figures, theme by theme
	 */
	public List<PriorityCoverage> priorities() {
		return this.themes.stream().flatMap(theme -> theme.priorities().stream()).toList();
	}

	/**
	 * @return the priorities with no communications planned in the period
	 */
	public List<Priority> uncovered() {
		return priorities().stream().filter(PriorityCoverage::none).map(PriorityCoverage::priority).toList();
	}

	/**
	 * @return the most items planned for any one priority, at least 1 (the chart's scale)
	 */
	public int mostPlanned() {
		return Math.max(1, priorities().stream().mapToInt(PriorityCoverage::planned).max().orElse(0));
	}

	/**
	 * A theme and its priorities' figures.
	 *
	 * @param theme the theme's name
	 * @param priorities its priorities' figures
	 */
	public record ThemeCoverage(String theme, List<PriorityCoverage> priorities) {
	}

	/**
	 * The figures of one priority.
	 *
	 * @param priority the priority
	 * @param byQuarter its figures in the quarters where anything was planned
	 */
	public record PriorityCoverage(Priority priority, Map<FinancialQuarter, Count> byQuarter) {

		static PriorityCoverage of(Priority priority, List<PlannedCommunication> communications) {
			Map<FinancialQuarter, Count> byQuarter = new TreeMap<>();
			for (PlannedCommunication communication : communications) {
				if (communication.priority().equals(priority.id())) {
					byQuarter.merge(FinancialQuarter.of(communication.publishOn()),
							new Count(1, communication.published() ? 1 : 0), Count::plus);
				}
			}
			return new PriorityCoverage(priority, Map.copyOf(byQuarter));
		}

		/**
		 * @param quarter a quarter
		 * @return the figures in it
		 */
		public Count in(FinancialQuarter quarter) {
			return this.byQuarter.getOrDefault(quarter, Count.NONE);
		}

		/**
		 * @return the items planned in the whole period
		 */
		public int planned() {
			return this.byQuarter.values().stream().mapToInt(Count::planned).sum();
		}

		/**
		 * @return the items published in the whole period
		 */
		public int published() {
			return this.byQuarter.values().stream().mapToInt(Count::published).sum();
		}

		/**
		 * @return whether no communications are planned for it
		 */
		public boolean none() {
			return planned() == 0;
		}

	}

	/**
	 * Items planned (past the idea stage) and, of those, published.
	 *
	 * @param planned how many planned
	 * @param published how many published or evaluated
	 */
	public record Count(int planned, int published) {

		static final Count NONE = new Count(0, 0);

		Count plus(Count other) {
			return new Count(this.planned + other.planned, this.published + other.published);
		}

	}

}
