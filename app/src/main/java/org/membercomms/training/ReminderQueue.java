package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.notifications.Notifications;

import org.springframework.stereotype.Component;

/**
 * Queues each reminder, escalation and digest once: it is recorded under a unique key in
 * the same transaction as its email in the outbox, so it goes once, also when several
 * instances queue it at the same time.
 */
@Component
class ReminderQueue {

	static final String REMINDER = "training-reminder";

	private final ReminderRepository reminders;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	ReminderQueue(ReminderRepository reminders, Notifications notifications, AuditTrail audit, Clock clock) {
		this.reminders = reminders;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param kind what it is about: a {@link Reminder.Kind}, or an escalation
	 * @param on the day it is for
	 * @param to the recipient
	 * @return whether it was queued now: {@code false} when it was before
	 */
	boolean remind(TrainingRecord record, String kind, LocalDate on, String to, ReminderEmail email) {
		Enrolment enrolment = record.enrolment();
		if (!this.reminders.add(enrolment, kind, on, to, this.clock.instant())) {
			return false;
		}
		UUID emailId = this.notifications.email(to, email.subject(), email.body());
		this.reminders.setEmail(enrolment, kind, on, emailId);
		this.audit.record(REMINDER, enrolment, "reminder queued", List.of(FieldChange.of("kind", null, kind),
				FieldChange.of("for day", null, on), FieldChange.of("to", null, to)));
		return true;
	}

	/**
	 * @param to the recipient
	 * @param month the first day of the month it is for
	 * @param members how many Members it lists
	 * @return whether it was queued now: {@code false} when it was before
	 */
	boolean digest(String to, LocalDate month, int members, ReminderEmail email) {
		if (!this.reminders.addDigest(to, month, members, this.clock.instant())) {
			return false;
		}
		UUID emailId = this.notifications.email(to, email.subject(), email.body());
		this.reminders.setDigestEmail(to, month, emailId);
		this.audit.record(REMINDER, "digest/" + month, "digest queued",
				List.of(FieldChange.of("to", null, to), FieldChange.of("Members", null, members)));
		return true;
	}

}
