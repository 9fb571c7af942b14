package org.membercomms.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.membercomms.system.FieldError;
import org.membercomms.training.RequirementId;
import org.membercomms.training.SessionDetails;

/**
 * What Democratic Services enter to schedule a session, as typed.
 *
 * @param requirement the requirement's id
 * @param date the day, {@code 2026-12-03}
 * @param startTime the start, {@code 18:00}
 * @param endTime the end, {@code 19:30}
 * @param place the room, or blank
 * @param onlineLink the link, or blank
 * @param capacity the number of places
 * @param facilitator a Democratic Services username, or blank
 * @param externalTrainer a named external trainer, or blank
 */
public record SessionForm(String requirement, String date, String startTime, String endTime, String place,
		String onlineLink, String capacity, String facilitator, String externalTrainer) {

	static SessionForm blank() {
		return new SessionForm("", "", "", "", "", "", "12", "", "");
	}

	/**
	 * @param errors where to put the problems, in the order of the fields
	 * @return the checked details, or {@code null} when there are problems
	 */
	SessionDetails check(ZoneId zone, Instant now, List<FieldError> errors) {
		List<FieldError> found = new ArrayList<>();
		RequirementId id = null;
		try {
			id = RequirementId.of(blankToEmpty(this.requirement));
		}
		catch (IllegalArgumentException ex) {
			found.add(new FieldError("requirement", "Select the course"));
		}
		LocalDate day = null;
		try {
			day = LocalDate.parse(blankToEmpty(this.date));
		}
		catch (DateTimeParseException ex) {
			found.add(new FieldError("date", "Enter the date of the session"));
		}
		LocalTime start = time(this.startTime, "startTime", "Enter the start time, like 18:00", found);
		LocalTime end = time(this.endTime, "endTime", "Enter the end time, like 19:30", found);
		Instant startsAt = null;
		Instant endsAt = null;
		if (day != null && start != null && end != null) {
			startsAt = day.atTime(start).atZone(zone).toInstant();
			endsAt = day.atTime(end).atZone(zone).toInstant();
			if (!startsAt.isAfter(now)) {
				found.add(new FieldError("date", "The session must be in the future"));
			}
			else if (!endsAt.isAfter(startsAt)) {
				found.add(new FieldError("endTime", "The end time must be after the start time"));
			}
		}
		String where = trimmed(this.place);
		String link = trimmed(this.onlineLink);
		if (where == null && link == null) {
			found.add(new FieldError("place", "Enter the place, the online link, or both"));
		}
		if (link != null && !link.startsWith("https://")) {
			found.add(new FieldError("onlineLink", "Enter an online link starting with https://"));
		}
		int places = 0;
		try {
			places = Integer.parseInt(blankToEmpty(this.capacity));
		}
		catch (NumberFormatException ex) {
			places = 0;
		}
		if (places < 1 || places > 500) {
			found.add(new FieldError("capacity", "Enter the number of places, from 1 to 500"));
		}
		String facilitatorName = trimmed(this.facilitator);
		String trainer = trimmed(this.externalTrainer);
		if ((facilitatorName == null) == (trainer == null)) {
			found.add(new FieldError("facilitator",
					"Select a facilitator from Democratic Services, or choose an external trainer and enter their name"));
		}
		errors.addAll(found);
		return found.isEmpty() ? new SessionDetails(id, startsAt, endsAt, where, link, places, facilitatorName, trainer)
				: null;
	}

	private static LocalTime time(String text, String field, String message, List<FieldError> found) {
		try {
			return LocalTime.parse(blankToEmpty(text).replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			found.add(new FieldError(field, message));
			return null;
		}
	}

	private static String blankToEmpty(String text) {
		return (text == null) ? "" : text.strip();
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
