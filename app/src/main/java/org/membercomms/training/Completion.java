package org.membercomms.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.membercomms.members.MemberId;

/**
 * One completion of a course by a Member: never changed once recorded.
 *
 * @param id the completion, which is also its certificate's number
 * @param requirement the requirement it completes
 * @param member the Member
 * @param completedOn the day of completion
 * @param validUntil the last day it is valid
 * @param method how it was achieved
 * @param recordedBy who recorded it (a username, or {@code system})
 * @param recordedAt when it was recorded
 * @param reference what it rests on: the session, the quiz attempt, or Democratic
 * Services' note
 */
public record Completion(UUID id, RequirementId requirement, MemberId member, LocalDate completedOn,
		LocalDate validUntil, CompletionMethod method, String recordedBy, Instant recordedAt, String reference) {

	Enrolment enrolment() {
		return new Enrolment(this.requirement, this.member);
	}

}
