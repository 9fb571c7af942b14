package org.membercomms.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.membercomms.system.CouncilTime;

/**
 * Dates and times as the training pages show them, in council time.
 */
public final class TrainingDates {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY = CouncilTime.DAY;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma", Locale.UK)
		.withZone(CouncilTime.ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK)
		.withZone(CouncilTime.ZONE);

	private TrainingDates() {
	}

	public static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

	static String month(LocalDate date) {
		return MONTH.format(date);
	}

	public static String when(Instant start, Instant end) {
		return WHEN.format(start).replace("AM", "am").replace("PM", "pm") + " to "
				+ TIME.format(end).replace("AM", "am").replace("PM", "pm");
	}

}
