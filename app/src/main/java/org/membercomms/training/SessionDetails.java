package org.membercomms.training;

import java.time.Instant;

/**
 * A session's details as Democratic Services entered them, already checked.
 *
 * @param requirement the requirement attending completes
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param place where it is held, or {@code null} when only online
 * @param onlineLink the link to join online, or {@code null}
 * @param capacity how many places there are
 * @param facilitator the Democratic Services username running it, or {@code null}
 * @param externalTrainer the named external trainer running it, or {@code null}
 */
public record SessionDetails(RequirementId requirement, Instant startsAt, Instant endsAt, String place,
		String onlineLink, int capacity, String facilitator, String externalTrainer) {
}
