package org.membercomms.training;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.membercomms.members.Committee;
import org.membercomms.members.MemberFacts;
import org.membercomms.members.MemberId;
import org.membercomms.system.CouncilTime;

import org.springframework.stereotype.Component;

/**
 * Shows on a Member's page their status with each requirement, and that they may not sit
 * on Planning or Licensing while training that committee needs is expired or overdue.
 */
@Component
class TrainingFacts implements MemberFacts {

	static final DateTimeFormatter DATE = CouncilTime.DAY;

	private final Training training;

	TrainingFacts(Training training) {
		this.training = training;
	}

	@Override
	public List<MemberFact> about(MemberId member) {
		List<MemberFact> facts = new ArrayList<>();
		List<TrainingRecord> records = this.training.recordsOf(member);
		for (TrainingRecord record : records) {
			facts.add(new MemberFact(record.requirement().course(), describe(record), null));
		}
		for (Committee committee : notEligibleToSit(records)) {
			facts.add(new MemberFact(committee.title() + " Committee",
					"Not eligible to sit until their required training is completed", null));
		}
		return facts;
	}

	/**
	 * A Member may not sit on a quasi-judicial committee while a requirement defined for
	 * that committee is expired or overdue. Training required of all Members does not bar
	 * them from a committee.
	 * @param records a Member's records
	 * @return the quasi-judicial committees they sit on but may not, for now
	 */
	static List<Committee> notEligibleToSit(List<TrainingRecord> records) {
		return records.stream()
			.filter(TrainingRecord::barsSitting)
			.flatMap(record -> record.member()
				.committees()
				.stream()
				.filter(Committee::quasiJudicial)
				.filter(committee -> record.requirement().committees().contains(committee)))
			.distinct()
			.sorted()
			.toList();
	}

	static String describe(TrainingRecord record) {
		Completion latest = record.latest();
		String text = switch (record.status()) {
			case COMPLETED ->
				"Completed " + DATE.format(latest.completedOn()) + ", valid until " + DATE.format(latest.validUntil());
			case DUE -> "Due for renewal: valid until " + DATE.format(latest.validUntil());
			case EXPIRED -> "Expired on " + DATE.format(latest.validUntil().plusDays(1));
			case OVERDUE -> "Overdue: was due by " + DATE.format(record.dueOn());
			case BOOKED, NOT_STARTED -> record.status().title() + ": due by " + DATE.format(record.dueOn());
		};
		if (record.booking() != null && record.status() != TrainingStatus.BOOKED) {
			text += record.booking().booked() ? " (booked on a session)" : " (on a session's waiting list)";
		}
		return text;
	}

}
