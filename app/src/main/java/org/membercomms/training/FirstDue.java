package org.membercomms.training;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a Member's first completion of a requirement is due: one month (configurable)
 * after taking office for a newly elected Member, otherwise a period after assignment set
 * on the requirement. A Member counts as newly elected when the requirement is assigned
 * before their new-Member due date has passed (including before the term starts).
 */
final class FirstDue {

	private FirstDue() {
	}

	/**
	 * @param assignedOn the day the requirement was assigned
	 * @param termStarts the day the Member took office, or {@code null} if unknown
	 * @param newMember the period a newly elected Member has after taking office
	 * @param afterAssignment the period everyone else has after assignment
	 * @return the last day the first completion is on time
	 */
	static LocalDate of(LocalDate assignedOn, LocalDate termStarts, Period newMember, Period afterAssignment) {
		if (termStarts != null) {
			LocalDate newMemberDue = termStarts.plus(newMember);
			if (!assignedOn.isAfter(newMemberDue)) {
				return newMemberDue;
			}
		}
		return assignedOn.plus(afterAssignment);
	}

}
