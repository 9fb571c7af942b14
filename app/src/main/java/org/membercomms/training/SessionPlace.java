package org.membercomms.training;

import java.time.Instant;
import java.util.UUID;

import org.membercomms.members.MemberId;

/**
 * A Member's place on a session, or on its waiting list, with when and where the session
 * is.
 *
 * @param id the booking
 * @param session the session
 * @param requirement the requirement attending the session completes
 * @param member the Member
 * @param state booked, waiting or cancelled
 * @param requestedAt when the Member asked for a place (the waiting list's order)
 * @param attended whether the facilitator marked them present, absent, or not yet
 * ({@code null})
 * @param startsAt when the session starts
 * @param endsAt when the session ends
 * @param venue where the session is held, or {@code null} when only online
 */
public record SessionPlace(UUID id, UUID session, RequirementId requirement, MemberId member, BookingState state,
		Instant requestedAt, Boolean attended, Instant startsAt, Instant endsAt, String venue) {

	public boolean booked() {
		return this.state == BookingState.BOOKED;
	}

	public boolean waiting() {
		return this.state == BookingState.WAITING;
	}

	Enrolment enrolment() {
		return new Enrolment(this.requirement, this.member);
	}

}
