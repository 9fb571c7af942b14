package org.membercomms.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A reminder a Member is owed about one requirement: its kind and the day it is for,
 * which together with the Member and the requirement make the key that lets each be sent
 * once.
 *
 * @param kind what the reminder says
 * @param on the day it is for
 */
record Reminder(Kind kind, LocalDate on) {

	/** Days before the due date, or before expiry, that a reminder goes. */
	static final int DAYS_AHEAD = 14;

	/** Days between reminders while overdue or expired. */
	static final int REPEAT_DAYS = 7;

	/**
	 * What a reminder is about. The first four are for a Member who has never completed
	 * the course; the next four for renewal.
	 */
	enum Kind {

		ASSIGNED("You need to complete %s"), DUE_SOON("%s is due in 14 days"), DUE_TODAY("%s is due today"),
		OVERDUE("%s is overdue"), WINDOW_OPEN("It is time to renew %s"), EXPIRES_SOON("%s expires in 14 days"),
		EXPIRED("%s has expired"), STILL_EXPIRED("%s is still expired");

		private final String subject;

		Kind(String subject) {
			this.subject = subject;
		}

		String subject(String course) {
			return String.format(this.subject, course);
		}

	}

	/**
	 * The reminder a Member is owed today: of the reminders the schedule holds for their
	 * record, the latest whose day has come. Only the latest counts, so a Member assigned
	 * late, or a job that did not run for a few days, sends one reminder, not a pile.
	 * Never completed: on assignment, {@value #DAYS_AHEAD} days before the due date, on
	 * the due date, then every {@value #REPEAT_DAYS} days while overdue. Renewal: when
	 * the window opens, {@value #DAYS_AHEAD} days before expiry, on expiry (the first day
	 * the completion is no longer valid), then every {@value #REPEAT_DAYS} days while
	 * expired. Nothing while a completion is valid and the window is closed.
	 * @param record a Member's record
	 * @param today the day, in council time
	 * @return the reminder owed, if any
	 */
	static Optional<Reminder> owed(TrainingRecord record, LocalDate today) {
		List<Reminder> schedule = new ArrayList<>();
		Completion latest = record.latest();
		if (latest == null) {
			schedule.add(new Reminder(Kind.ASSIGNED, record.assignedOn()));
			schedule.add(new Reminder(Kind.DUE_SOON, record.dueOn().minusDays(DAYS_AHEAD)));
			schedule.add(new Reminder(Kind.DUE_TODAY, record.dueOn()));
			repeat(schedule, Kind.OVERDUE, record.dueOn(), today);
		}
		else {
			LocalDate expiry = latest.validUntil().plusDays(1);
			schedule
				.add(new Reminder(Kind.WINDOW_OPEN, record.requirement().validity().windowOpens(latest.completedOn())));
			schedule.add(new Reminder(Kind.EXPIRES_SOON, expiry.minusDays(DAYS_AHEAD)));
			schedule.add(new Reminder(Kind.EXPIRED, expiry));
			repeat(schedule, Kind.STILL_EXPIRED, expiry, today);
		}
		return schedule.stream()
			.filter(reminder -> !reminder.on().isAfter(today))
			.max(Comparator.comparing(Reminder::on).thenComparing(Reminder::kind));
	}

	/** Adds the latest repeat, every {@value #REPEAT_DAYS} days after {@code from}. */
	private static void repeat(List<Reminder> schedule, Kind kind, LocalDate from, LocalDate today) {
		long weeks = ChronoUnit.DAYS.between(from, today) / REPEAT_DAYS;
		if (weeks >= 1) {
			schedule.add(new Reminder(kind, from.plusDays(weeks * REPEAT_DAYS)));
		}
	}

	/**
	 * @param record a Member's record
	 * @return the day they became OVERDUE or EXPIRED, if they are
	 */
	static Optional<LocalDate> lateSince(TrainingRecord record) {
		return switch (record.status()) {
			case OVERDUE -> Optional.of(record.dueOn().plusDays(1));
			case EXPIRED -> Optional.of(record.latest().validUntil().plusDays(1));
			default -> Optional.empty();
		};
	}

}
