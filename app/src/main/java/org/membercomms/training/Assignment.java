package org.membercomms.training;

import java.time.LocalDate;
import java.time.Period;

import org.membercomms.members.Member;

/**
 * When a requirement was assigned to a Member, and when their first completion is due.
 *
 * @param assignedOn the day it was assigned
 * @param dueOn the last day the first completion is on time
 */
record Assignment(LocalDate assignedOn, LocalDate dueOn) {

	/**
	 * @param day the day of assignment
	 * @param requirement the requirement
	 * @param member the Member it is assigned to
	 * @param newMemberDue the period a newly elected Member has after taking office
	 * @return the assignment made that day, due as {@link FirstDue} says
	 */
	static Assignment on(LocalDate day, Requirement requirement, Member member, Period newMemberDue) {
		return new Assignment(day,
				FirstDue.of(day, member.termStarts(), newMemberDue, Period.ofMonths(requirement.dueAfterMonths())));
	}

}
