package org.membercomms.commsplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the plan's coverage: items planned and published per priority of the
 * Strategic Plan per financial quarter, as figures and as CSV.
 */
@Service
public class CoverageReport {

	private final StrategicPlan plan;

	private final CoverageRepository coverage;

	CoverageReport(StrategicPlan plan, CoverageRepository coverage) {
		this.plan = plan;
		this.coverage = coverage;
	}

	/**
	 * @param period a plan period's id, or empty for the current (else newest) period
	 * @return its coverage, or empty if there is no such period
	 */
	@Transactional(readOnly = true)
	public Optional<Coverage> coverage(Optional<UUID> period) {
		Optional<PlanPeriod> chosen = period.isPresent()
				? this.plan.periods().stream().filter(it -> it.id().equals(period.get())).findFirst()
				: this.plan.current();
		return chosen.map(it -> Coverage.of(it, this.coverage.plannedUnder(it.id())));
	}

	/**
	 * @param coverage the figures
	 * @return them as CSV: theme, priority, quarter, planned, published
	 */
	public String csv(Coverage coverage) {
		return CoverageCsv.of(coverage);
	}

	/**
	 * @return the plan periods to choose from, newest first
	 */
	@Transactional(readOnly = true)
	public List<PlanPeriod> periods() {
		return this.plan.periods();
	}

}
