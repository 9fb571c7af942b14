package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to Members' training records: each Member's standing today with every
 * requirement that applies to them, computed from their assignment, their completions and
 * their places on sessions ahead.
 */
@Service
public class TrainingRecords {

	private final RequirementRepository requirements;

	private final AssignmentRepository assignments;

	private final CompletionRepository completions;

	private final SessionRepository sessions;

	private final Members members;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingRecords(RequirementRepository requirements, AssignmentRepository assignments,
			CompletionRepository completions, SessionRepository sessions, Members members, TrainingSettings settings,
			Clock clock) {
		this.requirements = requirements;
		this.assignments = assignments;
		this.completions = completions;
		this.sessions = sessions;
		this.members = members;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param member a Member
	 * @return their record for every requirement that applies to them today
	 */
	@Transactional(readOnly = true)
	public List<TrainingRecord> of(MemberId member) {
		return records(List.of(this.members.get(member)));
	}

	/**
	 * @return every serving Member's record for every requirement that applies to them
	 */
	@Transactional(readOnly = true)
	public List<TrainingRecord> all() {
		return records(this.members.directory(false));
	}

	private List<TrainingRecord> records(List<Member> people) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Enrolment, Assignment> assigned = this.assignments.all();
		Map<Enrolment, List<Completion>> completed = this.completions.all()
			.stream()
			.collect(Collectors.groupingBy(Completion::enrolment));
		Map<Enrolment, SessionPlace> ahead = placesAhead();
		List<TrainingRecord> records = new ArrayList<>();
		List<Requirement> requirements = this.requirements.all();
		for (Member member : people) {
			for (Requirement requirement : requirements) {
				if (!requirement.appliesTo(member)) {
					continue;
				}
				Enrolment enrolment = new Enrolment(requirement.id(), member.memberId());
				Assignment assignment = assigned.getOrDefault(enrolment,
						Assignment.on(today, requirement, member, this.settings.newMemberDue()));
				records.add(TrainingRecord.on(today, requirement, member, assignment,
						completed.getOrDefault(enrolment, List.of()), ahead.get(enrolment)));
			}
		}
		return records;
	}

	/**
	 * @return for each Member and requirement, the soonest session ahead they are booked
	 * on, or else the soonest whose waiting list they are on
	 */
	private Map<Enrolment, SessionPlace> placesAhead() {
		Map<Enrolment, SessionPlace> ahead = new HashMap<>();
		for (SessionPlace place : this.sessions.placesAhead(this.clock.instant())) {
			ahead.merge(place.enrolment(), place,
					(sooner, later) -> (sooner.booked() || !later.booked()) ? sooner : later);
		}
		return ahead;
	}

}
