package org.membercomms.training;

import java.util.List;
import java.util.stream.Collectors;

import org.membercomms.members.Members;
import org.membercomms.system.Banner;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reminds a Member on their home page of every required course they have not completed,
 * or must renew: the same reminders as the emails, for as long as they apply.
 */
@Component
class TrainingBanner implements Banner {

	private final Members members;

	private final TrainingRecords records;

	TrainingBanner(Members members, TrainingRecords records) {
		this.members = members;
		this.records = records;
	}

	@Override
	public List<Message> messagesFor(Authentication person) {
		return List.of();
	}

	@Override
	public List<Message> homeMessagesFor(Authentication person) {
		return this.members.memberSignedInAs(person.getName())
			.map(this.records::of)
			.map(TrainingBanner::reminder)
			.orElse(List.of());
	}

	static List<Message> reminder(List<TrainingRecord> records) {
		List<TrainingRecord> outstanding = records.stream()
			.filter(record -> record.status() != TrainingStatus.COMPLETED)
			.toList();
		if (outstanding.isEmpty()) {
			return List.of();
		}
		boolean late = outstanding.stream().anyMatch(TrainingRecord::barsSitting);
		return List.of(new Message(late ? "Your mandatory training is overdue or expired" : "Your mandatory training",
				outstanding.stream()
					.map(record -> record.requirement().course() + ": " + record.describe() + ".")
					.collect(Collectors.joining(" ")),
				"Complete your training", "/training"));
	}

}
