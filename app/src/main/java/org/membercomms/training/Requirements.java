package org.membercomms.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Committee;
import org.membercomms.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to training requirements: the courses Democratic Services require and
 * who must take each. Defining or changing one assigns or unassigns it at once (see
 * {@link Assignments}); every change is audited.
 */
@Service
public class Requirements {

	static final String REQUIREMENT = "training-requirement";

	private final RequirementRepository requirements;

	private final Assignments assignments;

	private final AuditTrail audit;

	private final Clock clock;

	Requirements(RequirementRepository requirements, Assignments assignments, AuditTrail audit, Clock clock) {
		this.requirements = requirements;
		this.assignments = assignments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return every requirement, by course
	 */
	@Transactional(readOnly = true)
	public List<Requirement> all() {
		return this.requirements.all();
	}

	/**
	 * @param id a requirement's id
	 * @return the requirement
	 * @throws TrainingNotFound when there is none
	 */
	@Transactional(readOnly = true)
	public Requirement get(RequirementId id) {
		return this.requirements.find(id).orElseThrow(() -> new TrainingNotFound("requirement " + id));
	}

	/**
	 * Defines a new requirement and assigns it at once to every Member who needs it.
	 * @param course the course's title
	 * @param allMembers whether every Member must take it
	 * @param committees otherwise, whose committees' Members must
	 * @param validityMonths how long a completion stays valid
	 * @param windowDays how many days before expiry recertification opens
	 * @param dueAfterMonths how long a Member not newly elected has after assignment
	 * @param eLearning whether the e-learning completes it
	 * @return the new requirement
	 */
	@Transactional
	public RequirementId define(String course, boolean allMembers, Set<Committee> committees, int validityMonths,
			int windowDays, int dueAfterMonths, boolean eLearning) {
		Requirement requirement = new Requirement(new RequirementId(UUID.randomUUID()), course.strip(), allMembers,
				allMembers ? Set.of() : committees, validityMonths, windowDays, dueAfterMonths, eLearning);
		this.requirements.insert(requirement, Actors.current(), this.clock.instant());
		this.audit.record(REQUIREMENT, requirement.id(), "defined",
				List.of(FieldChange.of("course", null, requirement.course()),
						FieldChange.of("who must take it", null, requirement.audience()),
						FieldChange.of("valid for months", null, validityMonths),
						FieldChange.of("renewal opens days before expiry", null, windowDays),
						FieldChange.of("due months after assignment", null, dueAfterMonths),
						FieldChange.of("e-learning completes it", null, eLearning ? "yes" : "no")));
		this.assignments.reconcile();
		return requirement.id();
	}

	/**
	 * Changes a requirement, except how long a completion stays valid (completions and
	 * their certificates keep their dates), and assigns or unassigns it at once as the
	 * new audience says. Members already assigned keep their due dates.
	 * @param id the requirement
	 * @param course the course's title
	 * @param allMembers whether every Member must take it
	 * @param committees otherwise, whose committees' Members must
	 * @param windowDays how many days before expiry recertification opens
	 * @param dueAfterMonths how long a Member not newly elected has after assignment
	 * @param eLearning whether the e-learning completes it
	 */
	@Transactional
	public void revise(RequirementId id, String course, boolean allMembers, Set<Committee> committees, int windowDays,
			int dueAfterMonths, boolean eLearning) {
		Requirement before = get(id);
		Requirement after = new Requirement(id, course.strip(), allMembers, allMembers ? Set.of() : committees,
				before.validityMonths(), windowDays, dueAfterMonths, eLearning);
		List<FieldChange> changes = new ArrayList<>();
		changed(changes, "course", before.course(), after.course());
		changed(changes, "who must take it", before.audience(), after.audience());
		changed(changes, "renewal opens days before expiry", before.windowDays(), windowDays);
		changed(changes, "due months after assignment", before.dueAfterMonths(), dueAfterMonths);
		changed(changes, "e-learning completes it", before.eLearning() ? "yes" : "no", eLearning ? "yes" : "no");
		if (changes.isEmpty()) {
			return;
		}
		this.requirements.update(after);
		this.audit.record(REQUIREMENT, id, "changed", changes);
		this.assignments.reconcile();
	}

	private static void changed(List<FieldChange> changes, String field, Object before, Object after) {
		if (!before.equals(after)) {
			changes.add(FieldChange.of(field, before, after));
		}
	}

}
