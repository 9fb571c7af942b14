package org.membercomms.commsplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the Strategic Plan: its periods, themes and priorities. A priority is
 * renamed or retired, never deleted, so a plan item keeps the priority it was planned
 * under when a new period starts.
 */
@Service
public class StrategicPlan {

	static final String PRIORITY_RECORD = "strategic plan priority";

	static final String PERIOD_RECORD = "strategic plan period";

	private final StrategicPlanRepository plan;

	private final AuditTrail audit;

	private final Clock clock;

	StrategicPlan(StrategicPlanRepository plan, AuditTrail audit, Clock clock) {
		this.plan = plan;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return every plan period, newest first
	 */
	@Transactional(readOnly = true)
	public List<PlanPeriod> periods() {
		return this.plan.periods();
	}

	/**
	 * @return the period covering today, else the newest one
	 */
	@Transactional(readOnly = true)
	public Optional<PlanPeriod> current() {
		List<PlanPeriod> periods = this.plan.periods();
		LocalDate today = LocalDate.now(this.clock);
		return periods.stream()
			.filter(period -> period.covers(today))
			.findFirst()
			.or(() -> periods.stream().findFirst());
	}

	/**
	 * @return every priority ever planned under, retired ones and old periods' included
	 */
	@Transactional(readOnly = true)
	public List<Priority> allPriorities() {
		return this.plan.allPriorities();
	}

	/**
	 * Adds a priority to a theme.
	 * @param theme the theme's id
	 * @param name the priority
	 * @return its id
	 */
	@Transactional
	public PriorityId addPriority(UUID theme, String name) {
		String clean = required(name);
		if (!this.plan.themeExists(theme)) {
			throw new StrategicPlanChangeRefused("Choose a theme of the Strategic Plan");
		}
		if (this.plan.nameTakenInTheme(theme, clean, null)) {
			throw new StrategicPlanChangeRefused("The theme already has a priority called " + clean);
		}
		PriorityId id = new PriorityId(UUID.randomUUID());
		this.plan.insertPriority(theme, id, clean);
		this.audit.record(PRIORITY_RECORD, id, "added", Changes.between(Map.of(), Map.of("name", clean)));
		return id;
	}

	/**
	 * Renames a priority; the items planned under it follow the new name.
	 */
	@Transactional
	public void renamePriority(PriorityId id, String name) {
		String clean = required(name);
		Priority priority = this.plan.priority(id)
			.orElseThrow(() -> new StrategicPlanChangeRefused("There is no such priority"));
		if (this.plan.nameTakenInTheme(this.plan.themeOf(id), clean, id)) {
			throw new StrategicPlanChangeRefused("The theme already has a priority called " + clean);
		}
		this.plan.rename(id, clean);
		this.audit.record(PRIORITY_RECORD, id, "renamed",
				Changes.between(Map.of("name", priority.name()), Map.of("name", clean)));
	}

	/**
	 * Retires a priority: new items no longer offer it, items planned under it keep it.
	 */
	@Transactional
	public void retirePriority(PriorityId id) {
		Priority priority = this.plan.priority(id)
			.orElseThrow(() -> new StrategicPlanChangeRefused("There is no such priority"));
		if (!priority.retired()) {
			this.plan.retire(id);
			this.audit.record(PRIORITY_RECORD, id, "retired",
					Changes.between(Map.of("retired", false), Map.of("retired", true)));
		}
	}

	/**
	 * Starts a new plan period with the themes of the newest one and new rows for their
	 * current priorities, so that editing the new period leaves the old items alone.
	 * @return the new period's id
	 */
	@Transactional
	public UUID startPeriod(String name, LocalDate startsOn, LocalDate endsOn) {
		String clean = required(name);
		if (!endsOn.isAfter(startsOn)) {
			throw new StrategicPlanChangeRefused("The period must end after it starts");
		}
		if (this.plan.periodNameTaken(clean)) {
			throw new StrategicPlanChangeRefused("There is already a plan period called " + clean);
		}
		if (this.plan.overlapsAPeriod(startsOn, endsOn)) {
			throw new StrategicPlanChangeRefused("The period overlaps another plan period");
		}
		Optional<PlanPeriod> previous = this.plan.periods().stream().findFirst();
		UUID period = UUID.randomUUID();
		this.plan.insertPeriod(period, clean, startsOn, endsOn);
		int position = 1;
		for (PlanTheme theme : previous.map(PlanPeriod::themes).orElse(List.of())) {
			UUID newTheme = UUID.randomUUID();
			this.plan.insertTheme(newTheme, period, theme.name(), position++);
			for (Priority priority : theme.current()) {
				this.plan.insertPriority(newTheme, new PriorityId(UUID.randomUUID()), priority.name());
			}
		}
		this.audit.record(PERIOD_RECORD, period, "started",
				Changes.between(Map.of(), Map.of("name", clean, "starts on", startsOn, "ends on", endsOn)));
		return period;
	}

	private static String required(String name) {
		if (name == null || name.isBlank()) {
			throw new StrategicPlanChangeRefused("Enter a name");
		}
		if (name.strip().length() > 200) {
			throw new StrategicPlanChangeRefused("The name must be 200 characters or fewer");
		}
		return name.strip();
	}

}
