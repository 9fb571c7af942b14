package org.membercomms.commsplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plan periods, their themes and priorities. Priorities are never deleted.
 */
@Repository
class StrategicPlanRepository {

	private final JdbcClient jdbc;

	StrategicPlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record PeriodRow(UUID id, String name, LocalDate startsOn, LocalDate endsOn, String source) {
	}

	private record ThemeRow(UUID id, UUID periodId, String name) {
	}

	/**
	 * @return every period, newest first, with its themes and priorities
	 */
	List<PlanPeriod> periods() {
		List<PeriodRow> periods = this.jdbc
			.sql("select id, name, starts_on, ends_on, source from plan_period order by starts_on desc")
			.query((rs, row) -> new PeriodRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getString("source")))
			.list();
		List<ThemeRow> themes = this.jdbc.sql("select id, period_id, name from plan_theme order by position")
			.query((rs, row) -> new ThemeRow(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
					rs.getString("name")))
			.list();
		Map<UUID, List<Priority>> priorities = new LinkedHashMap<>();
		for (Map.Entry<UUID, Priority> entry : prioritiesByTheme()) {
			priorities.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue());
		}
		return periods.stream()
			.map(period -> new PlanPeriod(period.id(), period.name(), period.startsOn(), period.endsOn(),
					period.source(),
					themes.stream()
						.filter(theme -> theme.periodId().equals(period.id()))
						.map(theme -> new PlanTheme(theme.id(), theme.name(),
								priorities.getOrDefault(theme.id(), List.of())))
						.toList()))
			.toList();
	}

	private List<Map.Entry<UUID, Priority>> prioritiesByTheme() {
		return this.jdbc.sql("""
				select p.id, p.name, p.retired, p.starting_data, p.theme_id, t.name as theme, pp.name as period
				from plan_priority p join plan_theme t on t.id = p.theme_id join plan_period pp on pp.id = t.period_id
				order by p.position, p.name""")
			.query((rs, row) -> Map.entry(rs.getObject("theme_id", UUID.class),
					new Priority(new PriorityId(rs.getObject("id", UUID.class)), rs.getString("name"),
							rs.getString("theme"), rs.getString("period"), rs.getBoolean("retired"),
							rs.getBoolean("starting_data"))))
			.list();
	}

	/**
	 * @return every priority ever planned under, retired ones included
	 */
	List<Priority> allPriorities() {
		return prioritiesByTheme().stream().map(Map.Entry::getValue).toList();
	}

	Optional<Priority> priority(PriorityId id) {
		return allPriorities().stream().filter(priority -> priority.id().equals(id)).findFirst();
	}

	boolean themeExists(UUID theme) {
		return this.jdbc.sql("select count(*) from plan_theme where id = :id")
			.param("id", theme)
			.query(Integer.class)
			.single() > 0;
	}

	boolean nameTakenInTheme(UUID theme, String name, PriorityId except) {
		return this.jdbc
			.sql("select count(*) from plan_priority where theme_id = :theme and lower(name) = lower(:name) "
					+ "and not retired and id <> :except")
			.param("theme", theme)
			.param("name", name)
			.param("except", (except != null) ? except.value() : new UUID(0, 0))
			.query(Integer.class)
			.single() > 0;
	}

	UUID themeOf(PriorityId priority) {
		return this.jdbc.sql("select theme_id from plan_priority where id = :id")
			.param("id", priority.value())
			.query(UUID.class)
			.single();
	}

	void insertPriority(UUID theme, PriorityId id, String name) {
		this.jdbc
			.sql("insert into plan_priority (id, theme_id, name, position) values (:id, :theme, :name, "
					+ "(select coalesce(max(position), 0) + 1 from plan_priority where theme_id = :theme))")
			.param("id", id.value())
			.param("theme", theme)
			.param("name", name)
			.update();
	}

	void rename(PriorityId id, String name) {
		this.jdbc.sql("update plan_priority set name = :name where id = :id")
			.param("id", id.value())
			.param("name", name)
			.update();
	}

	void retire(PriorityId id) {
		this.jdbc.sql("update plan_priority set retired = true where id = :id").param("id", id.value()).update();
	}

	boolean overlapsAPeriod(LocalDate startsOn, LocalDate endsOn) {
		return this.jdbc.sql("select count(*) from plan_period where starts_on <= :endsOn and ends_on >= :startsOn")
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.query(Integer.class)
			.single() > 0;
	}

	boolean periodNameTaken(String name) {
		return this.jdbc.sql("select count(*) from plan_period where lower(name) = lower(:name)")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	void insertPeriod(UUID id, String name, LocalDate startsOn, LocalDate endsOn) {
		this.jdbc.sql("insert into plan_period (id, name, starts_on, ends_on) values (:id, :name, :startsOn, :endsOn)")
			.param("id", id)
			.param("name", name)
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.update();
	}

	void insertTheme(UUID id, UUID period, String name, int position) {
		this.jdbc.sql("insert into plan_theme (id, period_id, name, position) values (:id, :period, :name, :position)")
			.param("id", id)
			.param("period", period)
			.param("name", name)
			.param("position", position)
			.update();
	}

}
