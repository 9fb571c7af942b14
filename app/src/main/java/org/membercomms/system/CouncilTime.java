package org.membercomms.system;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The council's time and the one way its pages write a day: the council works in UK time
 * (Europe/London), and a day reads "7 September 2021".
 */
public final class CouncilTime {

	/**
	 * The zone's id, for annotations that need a constant ({@code @Scheduled(zone = …)}).
	 */
	public static final String ZONE_ID = "Europe/London";

	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	/**
	 * A day as pages, emails and PDFs write it: {@code 7 September 2021}. For an
	 * {@link java.time.Instant}, add {@code .withZone(CouncilTime.ZONE)}.
	 */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private CouncilTime() {
	}

}
