package org.membercomms.training;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.members.Committee;
import org.membercomms.members.MemberFacts;
import org.membercomms.members.MemberId;

import org.springframework.stereotype.Component;

/**
 * Shows on a Member's page their status with each requirement, and that they may not sit
 * on Planning or Licensing while training that committee needs is expired or overdue.
 */
@Component
class TrainingFacts implements MemberFacts {

	private final TrainingRecords records;

	TrainingFacts(TrainingRecords records) {
		this.records = records;
	}

	@Override
	public List<MemberFact> about(MemberId member) {
		List<MemberFact> facts = new ArrayList<>();
		List<TrainingRecord> records = this.records.of(member);
		for (TrainingRecord record : records) {
			facts.add(new MemberFact(record.requirement().course(), record.describe(), null));
		}
		for (Committee committee : TrainingRecord.notEligibleToSit(records)) {
			facts.add(new MemberFact(committee.title() + " Committee",
					"Not eligible to sit until their required training is completed", null));
		}
		return facts;
	}

}
