package org.membercomms.commsplan.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of the plan as the month view's grid shows it: whole weeks, Monday first.
 *
 * @param month the month
 * @param weeks its weeks, each seven days, with the days of the months either side
 */
public record CalendarMonth(YearMonth month, List<List<CalendarDay>> weeks) {

	private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/**
	 * A day of the grid and the items that go out on it.
	 *
	 * @param date the day
	 * @param inMonth whether it falls in the month shown
	 * @param items its items, soonest first
	 */
	public record CalendarDay(LocalDate date, boolean inMonth, List<PlanItemView> items) {

		public String label() {
			return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(this.date);
		}

	}

	static CalendarMonth of(YearMonth month, Map<LocalDate, List<PlanItemView>> byDay) {
		LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		while (!day.isAfter(last)) {
			List<CalendarDay> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				week.add(new CalendarDay(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		return new CalendarMonth(month, weeks);
	}

	public String title() {
		return TITLE.format(this.month);
	}

	public String previous() {
		return this.month.minusMonths(1).toString();
	}

	public String next() {
		return this.month.plusMonths(1).toString();
	}

	public String previousTitle() {
		return TITLE.format(this.month.minusMonths(1));
	}

	public String nextTitle() {
		return TITLE.format(this.month.plusMonths(1));
	}

}
