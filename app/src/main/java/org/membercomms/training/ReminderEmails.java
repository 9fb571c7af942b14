package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.membercomms.system.CouncilSettings;

import org.springframework.stereotype.Component;

/**
 * What the training emails say: a Member's reminder (of the session they are booked on,
 * where they are), the escalation to their group leader or Democratic Services, and the
 * monthly digest of everyone late.
 */
@Component
class ReminderEmails {

	private final CouncilSettings council;

	private final TrainingSettings settings;

	private final Clock clock;

	ReminderEmails(CouncilSettings council, TrainingSettings settings, Clock clock) {
		this.council = council;
		this.settings = settings;
		this.clock = clock;
	}

	ReminderEmail reminder(TrainingRecord record, Reminder.Kind kind) {
		String course = record.requirement().course();
		String what = switch (kind) {
			case ASSIGNED -> "You need to complete \"" + course + "\" by " + TrainingDates.day(record.dueOn()) + ".";
			case DUE_SOON -> "\"" + course + "\" is due by " + TrainingDates.day(record.dueOn()) + ", in 14 days.";
			case DUE_TODAY -> "\"" + course + "\" is due today, " + TrainingDates.day(record.dueOn()) + ".";
			case OVERDUE -> "\"" + course + "\" was due by " + TrainingDates.day(record.dueOn())
					+ ". It is overdue, and your group leader or Democratic Services have been told.";
			case WINDOW_OPEN -> "Your completion of \"" + course + "\" is valid until "
					+ TrainingDates.day(record.latest().validUntil()) + ". You can renew it now.";
			case EXPIRES_SOON -> "Your completion of \"" + course + "\" expires in 14 days: it is valid until "
					+ TrainingDates.day(record.latest().validUntil()) + ".";
			case EXPIRED,
					STILL_EXPIRED ->
				"Your completion of \"" + course + "\" expired on "
						+ TrainingDates.day(record.latest().validUntil().plusDays(1))
						+ ". Your group leader or Democratic Services have been told.";
		};
		return new ReminderEmail(kind.subject(course), """
				Dear %s,

				%s

				Where you stand: %s.

				%s

				%s
				""".formatted(record.member().name(), what, record.describe(), nextStep(record.bookedAhead()),
				signature()));
	}

	/**
	 * What the Member can do: go to the session they are booked on (attending completes
	 * the training), or else complete it online or book a place.
	 */
	private String nextStep(SessionPlace booked) {
		if (booked == null) {
			return "You can complete it online with the e-learning, or book a place on a session: "
					+ this.council.link("/training");
		}
		String where = (booked.venue() != null) ? booked.venue() : "online";
		return "You are booked on a session on " + TrainingDates.when(booked.startsAt(), booked.endsAt()) + " (" + where
				+ "). Attending it completes this training. If you cannot go, cancel your place "
				+ "and complete it online with the e-learning instead: " + this.council.link("/training");
	}

	ReminderEmail escalation(TrainingRecord record, String to) {
		String leader = to.equals(this.settings.democraticServicesEmail()) ? "Democratic Services"
				: "their group leader";
		String status = record.status().title().toLowerCase(Locale.UK);
		return new ReminderEmail(record.member().name() + ": " + record.requirement().course() + " is " + status,
				"""
						Hello,

						%s's mandatory training "%s" is now %s: %s.

						You are told as %s. They are reminded every week until they complete it, and you will see them in a monthly list while it is outstanding.

						%s
						"""
					.formatted(record.member().name(), record.requirement().course(), status, record.describe(), leader,
							signature()));
	}

	ReminderEmail digest(List<TrainingRecord> late, LocalDate month) {
		String list = late.stream()
			.map(record -> "- " + record.member().name() + ": " + record.requirement().course() + ": "
					+ record.describe())
			.collect(Collectors.joining("\n"));
		return new ReminderEmail("Training still outstanding: " + TrainingDates.month(month) + " (" + late.size() + ")",
				"""
						Hello,

						These Members' mandatory training is overdue or expired as of %s:

						%s

						Each Member is reminded by email every week until they complete it. The training overview is at %s

						%s
						"""
					.formatted(TrainingDates.day(LocalDate.now(this.clock)), list, this.council.link("/training"),
							signature()));
	}

	private String signature() {
		return "If you have a question, reply to Democratic Services at " + this.settings.democraticServicesEmail()
				+ ".\n\n" + this.council.serviceName() + ", " + this.council.name();
	}

}
