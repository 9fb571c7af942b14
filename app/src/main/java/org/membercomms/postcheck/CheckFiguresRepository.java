package org.membercomms.postcheck;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of checks ({@code post_check}) since a day: never who checked or what they
 * wrote.
 */
@Repository
class CheckFiguresRepository {

	private final JdbcClient jdbc;

	CheckFiguresRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return checks per week since the day, by the Monday each week starts; weeks
	 * without checks are left out
	 */
	Map<LocalDate, Long> perWeekSince(LocalDate from) {
		Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
		this.jdbc.sql("""
				select cast(date_trunc('week', checked_on) as date) as week, count(*) as checks
				from post_check where checked_on >= :from group by 1""")
			.param("from", from)
			.query((row, n) -> Map.entry(row.getObject("week", LocalDate.class), row.getLong("checks")))
			.list()
			.forEach(entry -> perWeek.put(entry.getKey(), entry.getValue()));
		return perWeek;
	}

	/**
	 * @return checks since the day by verdict name
	 */
	Map<String, Long> perVerdictSince(LocalDate from) {
		return counts("""
				select verdict as label, count(*) as n from post_check where checked_on >= :from group by verdict""",
				from);
	}

	/**
	 * @return checks since the day by category name (a check counts once for each of its
	 * categories)
	 */
	Map<String, Long> perCategorySince(LocalDate from) {
		return counts("""
				select category as label, count(*) as n
				from post_check, unnest(string_to_array(nullif(categories, ''), ',')) as category
				where checked_on >= :from group by category""", from);
	}

	private Map<String, Long> counts(String sql, LocalDate from) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql)
			.param("from", from)
			.query((row, n) -> Map.entry(row.getString("label"), row.getLong("n")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

}
