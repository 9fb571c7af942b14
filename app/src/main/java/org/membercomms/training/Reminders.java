package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.membercomms.members.Member;
import org.membercomms.members.Members;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chases training by email: each Member's reminders as {@link Reminder} schedules them
 * (of the session they are booked on, where they are), and early each month a digest of
 * everyone late since before it began to each group leader (or Democratic Services). Each
 * run first watches statuses, so {@link Escalations} tells of every Member who has just
 * become late. Each email is queued once (see {@link ReminderQueue}).
 */
@Component
class Reminders {

	/** Digests go in the first days of each month, so a late run still sends one. */
	static final int DIGEST_DAYS = 7;

	private final StatusWatch watch;

	private final TrainingRecords records;

	private final Members members;

	private final Escalations escalations;

	private final ReminderQueue queue;

	private final ReminderEmails emails;

	private final Clock clock;

	Reminders(StatusWatch watch, TrainingRecords records, Members members, Escalations escalations, ReminderQueue queue,
			ReminderEmails emails, Clock clock) {
		this.watch = watch;
		this.records = records;
		this.members = members;
		this.escalations = escalations;
		this.queue = queue;
		this.emails = emails;
		this.clock = clock;
	}

	/**
	 * Brings statuses up to date (which queues the escalations owed) and queues every
	 * reminder and digest owed today that has not gone yet.
	 * @return how many reminders and digests were queued
	 */
	@Transactional
	public int send() {
		this.watch.watch();
		LocalDate today = LocalDate.now(this.clock);
		List<Member> directory = this.members.directory(false);
		int queued = 0;
		Map<String, List<TrainingRecord>> lateByRecipient = new LinkedHashMap<>();
		for (TrainingRecord record : this.records.all()) {
			Optional<Reminder> owed = Reminder.owed(record, today);
			if (owed.isPresent() && this.queue.remind(record, owed.get().kind().name(), owed.get().on(),
					record.member().councilEmail(), this.emails.reminder(record, owed.get().kind()))) {
				queued++;
			}
			Optional<LocalDate> lateSince = Reminder.lateSince(record);
			if (lateSince.isPresent() && lateSince.get().isBefore(today.withDayOfMonth(1))) {
				lateByRecipient
					.computeIfAbsent(this.escalations.recipientFor(record.member(), directory),
							key -> new ArrayList<>())
					.add(record);
			}
		}
		if (today.getDayOfMonth() <= DIGEST_DAYS) {
			LocalDate month = today.withDayOfMonth(1);
			for (Map.Entry<String, List<TrainingRecord>> late : lateByRecipient.entrySet()) {
				if (this.queue.digest(late.getKey(), month, late.getValue().size(),
						this.emails.digest(late.getValue(), month))) {
					queued++;
				}
			}
		}
		return queued;
	}

}
