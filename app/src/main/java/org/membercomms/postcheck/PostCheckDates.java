package org.membercomms.postcheck;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the post checker's pages show them, in UK time.
 */
public final class PostCheckDates {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private PostCheckDates() {
	}

	public static String time(Instant instant) {
		return (instant == null) ? "Unknown" : TIME.format(instant);
	}

	public static String day(Instant instant) {
		return (instant == null) ? "Unknown" : DAY.format(instant);
	}

}
