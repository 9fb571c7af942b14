package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps assignments in line with the members directory: a Member who now needs a
 * requirement gets it, due as {@link FirstDue} says; one who no longer needs it (retired,
 * or off the committee) loses it, keeping their completions. Each change is audited.
 */
@Service
class Assignments {

	static final String ASSIGNMENT = "training-assignment";

	private final RequirementRepository requirements;

	private final AssignmentRepository assignments;

	private final Members members;

	private final AuditTrail audit;

	private final TrainingSettings settings;

	private final Clock clock;

	Assignments(RequirementRepository requirements, AssignmentRepository assignments, Members members, AuditTrail audit,
			TrainingSettings settings, Clock clock) {
		this.requirements = requirements;
		this.assignments = assignments;
		this.members = members;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Brings assignments in line with the directory. Safe to run at any time, on several
	 * instances.
	 */
	@Transactional
	void reconcile() {
		LocalDate today = LocalDate.now(this.clock);
		List<Member> directory = this.members.directory(true);
		for (Requirement requirement : this.requirements.all()) {
			Set<MemberId> assigned = this.assignments.membersOn(requirement.id());
			for (Member member : directory) {
				boolean needs = requirement.appliesTo(member);
				boolean has = assigned.contains(member.memberId());
				if (needs && !has) {
					assign(requirement, member, today);
				}
				else if (!needs && has) {
					unassign(requirement, member);
				}
			}
		}
	}

	private void assign(Requirement requirement, Member member, LocalDate today) {
		Enrolment enrolment = new Enrolment(requirement.id(), member.memberId());
		Assignment assignment = Assignment.on(today, requirement, member, this.settings.newMemberDue());
		if (this.assignments.add(enrolment, assignment)) {
			this.audit.record(ASSIGNMENT, enrolment, "assigned",
					List.of(FieldChange.of("course", null, requirement.course()),
							FieldChange.of("member", null, member.name()),
							FieldChange.of("due on", null, assignment.dueOn())));
		}
	}

	private void unassign(Requirement requirement, Member member) {
		Enrolment enrolment = new Enrolment(requirement.id(), member.memberId());
		if (this.assignments.remove(enrolment)) {
			this.audit.record(ASSIGNMENT, enrolment, "no longer required",
					List.of(FieldChange.of("course", requirement.course(), null),
							FieldChange.of("member", member.name(), null)));
		}
	}

}
