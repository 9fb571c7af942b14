package org.membercomms.training;

import java.time.LocalDate;

import org.membercomms.members.MemberId;

/**
 * A requirement was assigned to a Member, because they joined the council or a committee
 * that needs it, or because it was newly defined.
 *
 * @param member the Member
 * @param requirement the requirement
 * @param course the course's title
 * @param dueOn when the first completion is due
 */
public record TrainingAssigned(MemberId member, RequirementId requirement, String course, LocalDate dueOn) {
}
