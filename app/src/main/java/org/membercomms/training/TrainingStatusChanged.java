package org.membercomms.training;

import java.time.LocalDate;

import org.membercomms.members.MemberId;

/**
 * A Member's status with a requirement changed as time passed or as they trained,
 * published once per change by the status watch (when the application starts and before
 * each reminders run). The reminders hear it: when a Member becomes
 * {@link TrainingStatus#OVERDUE} or {@link TrainingStatus#EXPIRED}, their group leader
 * (or Democratic Services) is told.
 *
 * @param member the Member
 * @param requirement the requirement
 * @param course the course's title
 * @param from the status before, or {@code null} the first time it is seen
 * @param to the status now
 * @param on the day of the change
 */
public record TrainingStatusChanged(MemberId member, RequirementId requirement, String course, TrainingStatus from,
		TrainingStatus to, LocalDate on) {

	/**
	 * @return whether the Member has just become overdue or expired
	 */
	public boolean becameLate() {
		return this.to.barsSitting() && (this.from == null || !this.from.barsSitting());
	}

}
