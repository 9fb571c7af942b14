package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to completions: recorded by a session's register, by the e-learning or
 * by Democratic Services by hand, each audited and never changed.
 */
@Service
public class Completions {

	static final String COMPLETION = "training-completion";

	private final CompletionRepository completions;

	private final Requirements requirements;

	private final Members members;

	private final AuditTrail audit;

	private final Clock clock;

	Completions(CompletionRepository completions, Requirements requirements, Members members, AuditTrail audit,
			Clock clock) {
		this.completions = completions;
		this.requirements = requirements;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that a Member completed a course. Sessions and the e-learning record
	 * completions inside their own changes.
	 * @param member the Member
	 * @param requirement the requirement completed
	 * @param completedOn the day
	 * @param method how
	 * @param reference what it rests on
	 * @return the completion
	 */
	@Transactional
	public Completion record(MemberId member, RequirementId requirement, LocalDate completedOn, CompletionMethod method,
			String reference) {
		Requirement required = this.requirements.get(requirement);
		Member who = this.members.get(member);
		if (completedOn.isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("A completion cannot be in the future");
		}
		Completion completion = new Completion(UUID.randomUUID(), requirement, member, completedOn,
				required.validity().validUntil(completedOn), method, Actors.current(), this.clock.instant(), reference);
		this.completions.insert(completion);
		this.audit.record(COMPLETION, completion.id(), "recorded",
				List.of(FieldChange.of("member", null, who.name()), FieldChange.of("course", null, required.course()),
						FieldChange.of("completed on", null, completedOn), FieldChange.of("how", null, method.title()),
						FieldChange.of("valid until", null, completion.validUntil())));
		return completion;
	}

	/**
	 * @param member a Member
	 * @return every completion of theirs, latest first, including of courses they no
	 * longer need
	 */
	@Transactional(readOnly = true)
	public List<Completion> of(MemberId member) {
		return this.completions.of(member);
	}

	/**
	 * @param id a completion's id, which is also its certificate's number
	 * @return the completion, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<Completion> find(UUID id) {
		return this.completions.find(id);
	}

	/**
	 * @param reference what completions rest on, such as {@code quiz attempt <id>}
	 * @return the completions that rest on it
	 */
	@Transactional(readOnly = true)
	List<Completion> restingOn(String reference) {
		return this.completions.withReference(reference);
	}

}
