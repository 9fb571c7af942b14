package org.membercomms.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.membercomms.members.Member;
import org.membercomms.members.Members;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever follows a Member up when they become OVERDUE or EXPIRED: their political
 * group's leader, once per lapse (Democratic Services instead, where the Member leads the
 * group, has none, or the group has no leader). Hears {@link TrainingStatusChanged} in
 * the transaction of the status watch that saw the change, so the escalation is queued
 * with it or not at all.
 */
@Component
class Escalations {

	/** The key of an escalation: the leader (or Democratic Services) is told once. */
	static final String TOLD = "LATE_TOLD";

	private final TrainingRecords records;

	private final Members members;

	private final ReminderQueue queue;

	private final ReminderEmails emails;

	private final TrainingSettings settings;

	Escalations(TrainingRecords records, Members members, ReminderQueue queue, ReminderEmails emails,
			TrainingSettings settings) {
		this.records = records;
		this.members = members;
		this.queue = queue;
		this.emails = emails;
		this.settings = settings;
	}

	/**
	 * Queues the escalation owed when a Member has just become late.
	 * @param change a change the status watch saw
	 */
	@EventListener
	void on(TrainingStatusChanged change) {
		if (change.becameLate()) {
			this.records.of(change.member())
				.stream()
				.filter(record -> record.requirement().id().equals(change.requirement()))
				.findFirst()
				.ifPresent(this::tell);
		}
	}

	private void tell(TrainingRecord record) {
		Optional<LocalDate> lateSince = Reminder.lateSince(record);
		if (lateSince.isPresent()) {
			String to = recipientFor(record.member(), this.members.directory(false));
			this.queue.remind(record, TOLD, lateSince.get(), to, this.emails.escalation(record, to));
		}
	}

	/**
	 * @param member a Member who is late
	 * @param directory the serving Members
	 * @return the address told: their group's leader, or Democratic Services where the
	 * Member leads the group, has none, or the group has no leader
	 */
	String recipientFor(Member member, List<Member> directory) {
		if (member.politicalGroup() == null || member.groupLeader()) {
			return this.settings.democraticServicesEmail();
		}
		return directory.stream()
			.filter(Member::groupLeader)
			.filter(leader -> member.politicalGroup().equals(leader.politicalGroup()))
			.filter(leader -> !leader.memberId().equals(member.memberId()))
			.map(Member::councilEmail)
			.sorted()
			.findFirst()
			.orElse(this.settings.democraticServicesEmail());
	}

}
