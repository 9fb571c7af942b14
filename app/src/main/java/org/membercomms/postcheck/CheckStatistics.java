package org.membercomms.postcheck;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.membercomms.checker.Category;
import org.membercomms.checker.Verdict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures about checks for the communications team and Democratic Services:
 * counts only, never who checked or what they wrote.
 */
@Service
public class CheckStatistics {

	static final int WEEKS = 12;

	private final CheckFiguresRepository repository;

	private final Clock clock;

	CheckStatistics(CheckFiguresRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * @return the figures of the last {@value #WEEKS} weeks, this one included
	 */
	@Transactional(readOnly = true)
	public CheckFigures lastWeeks() {
		LocalDate thisWeek = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate from = thisWeek.minusWeeks(WEEKS - 1);
		Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
		for (int week = 0; week < WEEKS; week++) {
			perWeek.put(from.plusWeeks(week), 0L);
		}
		this.repository.perWeekSince(from).forEach((week, checks) -> perWeek.merge(week, checks, Long::sum));
		long total = perWeek.values().stream().mapToLong(Long::longValue).sum();
		Map<String, Long> byVerdict = this.repository.perVerdictSince(from);
		Map<String, Long> byCategory = this.repository.perCategorySince(from);
		List<CheckFigures.Share> verdicts = new ArrayList<>();
		for (Verdict verdict : Verdict.values()) {
			verdicts.add(new CheckFigures.Share(verdict.name().replace('_', ' '),
					byVerdict.getOrDefault(verdict.name(), 0L), total));
		}
		List<CheckFigures.Share> categories = new ArrayList<>();
		for (Category category : Category.values()) {
			categories.add(new CheckFigures.Share(Categories.title(category),
					byCategory.getOrDefault(category.name(), 0L), total));
		}
		List<CheckFigures.Week> weeks = perWeek.entrySet()
			.stream()
			.map(entry -> new CheckFigures.Week(entry.getKey(), entry.getValue()))
			.toList();
		return new CheckFigures(from, total, weeks, verdicts, categories);
	}

}
