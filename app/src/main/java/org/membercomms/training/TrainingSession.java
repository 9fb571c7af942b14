package org.membercomms.training;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.members.MemberId;

/**
 * A training session in the room or online, with the places on it.
 *
 * @param id the session
 * @param requirement the requirement attending completes
 * @param course the course's title
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param place where it is held, or {@code null} when only online
 * @param onlineLink the link to join online, or {@code null}
 * @param capacity how many places there are
 * @param facilitator the Democratic Services username running it, or {@code null}
 * @param externalTrainer the named external trainer running it, or {@code null}
 * @param places every live place and waiting-list entry, in the order asked for
 */
public record TrainingSession(UUID id, RequirementId requirement, String course, Instant startsAt, Instant endsAt,
		String place, String onlineLink, int capacity, String facilitator, String externalTrainer,
		List<SessionPlace> places) {

	public List<SessionPlace> booked() {
		return this.places.stream().filter(SessionPlace::booked).toList();
	}

	public List<SessionPlace> waitingList() {
		return this.places.stream()
			.filter(SessionPlace::waiting)
			.sorted(Comparator.comparing(SessionPlace::requestedAt))
			.toList();
	}

	public int placesLeft() {
		return Math.max(0, this.capacity - booked().size());
	}

	public Optional<SessionPlace> placeOf(MemberId member) {
		return this.places.stream().filter(place -> place.member().equals(member)).findFirst();
	}

	/**
	 * @return who runs it, in words
	 */
	public String runBy() {
		return (this.externalTrainer != null) ? this.externalTrainer + " (external trainer)" : this.facilitator;
	}

	/**
	 * @return where, in words
	 */
	public String where() {
		if (this.place != null && this.onlineLink != null) {
			return this.place + ", or online";
		}
		return (this.place != null) ? this.place : "Online";
	}

	public boolean startedBy(Instant now) {
		return !now.isBefore(this.startsAt);
	}

}
