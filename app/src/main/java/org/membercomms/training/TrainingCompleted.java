package org.membercomms.training;

import java.time.LocalDate;
import java.util.UUID;

import org.membercomms.members.MemberId;

/**
 * A Member completed a course.
 *
 * @param completion the completion (and certificate) id
 * @param member the Member
 * @param requirement the requirement
 * @param completedOn the day
 * @param validUntil the last day it is valid
 */
public record TrainingCompleted(UUID completion, MemberId member, RequirementId requirement, LocalDate completedOn,
		LocalDate validUntil) {
}
