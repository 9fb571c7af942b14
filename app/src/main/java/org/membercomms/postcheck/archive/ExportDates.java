package org.membercomms.postcheck.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.membercomms.system.CouncilTime;

/**
 * The dates exports write, read as instants; a date that cannot be read is {@code null}
 * (the post is still checked, without the rules that need its day).
 */
final class ExportDates {

	private static final ZoneId UK = CouncilTime.ZONE;

	/** Longer than any date written out: anything longer is not a date. */
	private static final int LONGEST = 100;

	private static final DateTimeFormatter TWITTER = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.ENGLISH);

	private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

	private ExportDates() {
	}

	/**
	 * @param text a date as X (Twitter) writes it
	 * ({@code Mon Mar 04 09:15:00 +0000 2024}), or any form {@link #of(String)} reads
	 * @return the instant, or {@code null}
	 */
	static Instant twitter(String text) {
		if (text == null || text.length() > LONGEST) {
			return null;
		}
		try {
			return ZonedDateTime.parse(text, TWITTER).toInstant();
		}
		catch (DateTimeParseException ex) {
			return of(text);
		}
	}

	/**
	 * @param text a date or time as exports write it: ISO 8601 with or without a time or
	 * offset, or a UK day such as 31/12/2024
	 * @return the instant, or {@code null} when it cannot be read
	 */
	static Instant of(String text) {
		if (text == null || text.isBlank() || text.length() > LONGEST) {
			return null;
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(value.replace(' ', 'T')).atZone(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(value).atStartOfDay(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(value, UK_DAY).atStartOfDay(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
