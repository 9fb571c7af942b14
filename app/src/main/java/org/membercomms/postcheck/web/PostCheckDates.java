package org.membercomms.postcheck.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.membercomms.system.CouncilTime;

/**
 * Dates and times as the post checker's pages show them, in UK time.
 */
public final class PostCheckDates {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(CouncilTime.ZONE);

	private static final DateTimeFormatter DAY = CouncilTime.DAY.withZone(CouncilTime.ZONE);

	private PostCheckDates() {
	}

	public static String time(Instant instant) {
		return (instant == null) ? "Unknown" : TIME.format(instant);
	}

	public static String day(Instant instant) {
		return (instant == null) ? "Unknown" : DAY.format(instant);
	}

}
