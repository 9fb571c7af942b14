package org.membercomms.training;

import java.time.LocalDate;
import java.util.List;

import org.membercomms.members.Member;

/**
 * A Member's standing with one requirement on one day: the assignment, the completions
 * (latest first), any booked session ahead, and the status these give.
 *
 * @param requirement the requirement
 * @param member the Member
 * @param assignedOn when it was assigned to them
 * @param dueOn when their first completion is due
 * @param completions their completions, latest first
 * @param booking their place on a session that has not started, or {@code null}
 * @param status the status on the day
 */
public record TrainingRecord(Requirement requirement, Member member, LocalDate assignedOn, LocalDate dueOn,
		List<Completion> completions, SessionPlace booking, TrainingStatus status) {

	static TrainingRecord on(LocalDate today, Requirement requirement, Member member, LocalDate assignedOn,
			LocalDate dueOn, List<Completion> completions, SessionPlace booking) {
		LocalDate last = completions.isEmpty() ? null : completions.get(0).completedOn();
		TrainingStatus status = TrainingStatus.on(today, dueOn, last, requirement.validity(),
				booking != null && booking.booked());
		return new TrainingRecord(requirement, member, assignedOn, dueOn, completions, booking, status);
	}

	/**
	 * @return the latest completion, or {@code null}
	 */
	public Completion latest() {
		return this.completions.isEmpty() ? null : this.completions.get(0);
	}

	/**
	 * @return whether this status stops the Member sitting on a quasi-judicial committee
	 * this requirement is for
	 */
	public boolean barsSitting() {
		return this.status.barsSitting();
	}

}
