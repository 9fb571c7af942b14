package org.membercomms.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.membercomms.members.Committee;
import org.membercomms.members.Member;
import org.membercomms.system.CouncilTime;

/**
 * A Member's standing with one requirement on one day: the assignment, the completions
 * (latest first), any place on a session ahead, and the status these give.
 *
 * @param requirement the requirement
 * @param member the Member
 * @param assignedOn when it was assigned to them
 * @param dueOn when their first completion is due
 * @param completions their completions, latest first
 * @param booking their place on a session that has not started (the soonest they are
 * booked on, else the soonest waiting list they are on), or {@code null}
 * @param status the status on the day
 */
public record TrainingRecord(Requirement requirement, Member member, LocalDate assignedOn, LocalDate dueOn,
		List<Completion> completions, SessionPlace booking, TrainingStatus status) {

	private static final DateTimeFormatter DATE = CouncilTime.DAY;

	static TrainingRecord on(LocalDate today, Requirement requirement, Member member, Assignment assignment,
			List<Completion> completions, SessionPlace booking) {
		LocalDate last = completions.isEmpty() ? null : completions.get(0).completedOn();
		TrainingStatus status = TrainingStatus.on(today, assignment.dueOn(), last, requirement.validity(),
				booking != null && booking.booked());
		return new TrainingRecord(requirement, member, assignment.assignedOn(), assignment.dueOn(), completions,
				booking, status);
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

	/**
	 * @return where the Member stands, in words: "Overdue: was due by 4 March 2027"
	 */
	public String describe() {
		Completion latest = latest();
		String text = switch (this.status) {
			case COMPLETED ->
				"Completed " + DATE.format(latest.completedOn()) + ", valid until " + DATE.format(latest.validUntil());
			case DUE -> "Due for renewal: valid until " + DATE.format(latest.validUntil());
			case EXPIRED -> "Expired on " + DATE.format(latest.validUntil().plusDays(1));
			case OVERDUE -> "Overdue: was due by " + DATE.format(this.dueOn);
			case BOOKED, NOT_STARTED -> this.status.title() + ": due by " + DATE.format(this.dueOn);
		};
		if (this.booking != null && this.status != TrainingStatus.BOOKED) {
			text += this.booking.booked() ? " (booked on a session)" : " (on a session's waiting list)";
		}
		return text;
	}

	/**
	 * @return the soonest session ahead the Member holds a place on, or {@code null}
	 */
	SessionPlace bookedAhead() {
		return (this.booking != null && this.booking.booked()) ? this.booking : null;
	}

	Enrolment enrolment() {
		return new Enrolment(this.requirement.id(), this.member.memberId());
	}

	/**
	 * A Member may not sit on a quasi-judicial committee while a requirement defined for
	 * that committee is expired or overdue. Training required of all Members does not bar
	 * them from a committee.
	 * @param records a Member's records
	 * @return the quasi-judicial committees they sit on but may not, for now
	 */
	public static List<Committee> notEligibleToSit(List<TrainingRecord> records) {
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

}
