package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Actors;
import org.membercomms.system.CouncilSettings;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to training sessions: scheduling, Members' bookings and cancellations
 * with a waiting list that moves up, invitations, and the attendance register. Changes to
 * one session are serialised by a row lock on it, so two Members can never take its last
 * place.
 */
@Service
public class Sessions {

	static final String SESSION = "training-session";

	static final String BOOKING = "training-booking";

	private final SessionRepository sessions;

	private final Requirements requirements;

	private final Completions completions;

	private final Members members;

	private final AuditTrail audit;

	private final CouncilSettings council;

	private final Clock clock;

	Sessions(SessionRepository sessions, Requirements requirements, Completions completions, Members members,
			AuditTrail audit, CouncilSettings council, Clock clock) {
		this.sessions = sessions;
		this.requirements = requirements;
		this.completions = completions;
		this.members = members;
		this.audit = audit;
		this.council = council;
		this.clock = clock;
	}

	/**
	 * @return sessions that have not ended, soonest first
	 */
	@Transactional(readOnly = true)
	public List<TrainingSession> upcoming() {
		return this.sessions.notEndedBy(this.clock.instant()).stream().map(this::session).toList();
	}

	/**
	 * @param id a session's id
	 * @return the session with its places
	 * @throws TrainingNotFound when there is none
	 */
	@Transactional(readOnly = true)
	public TrainingSession session(UUID id) {
		return this.sessions.find(id).orElseThrow(() -> new TrainingNotFound("session " + id));
	}

	/**
	 * Schedules a session.
	 * @param details what Democratic Services entered, already checked
	 * @return the new session
	 */
	@Transactional
	public UUID schedule(SessionDetails details) {
		UUID id = UUID.randomUUID();
		Requirement requirement = this.requirements.get(details.requirement());
		this.sessions.insert(id, details, Actors.current(), this.clock.instant());
		this.audit.record(SESSION, id, "scheduled",
				List.of(FieldChange.of("course", null, requirement.course()),
						FieldChange.of("starts", null, details.startsAt()),
						FieldChange.of("ends", null, details.endsAt()), FieldChange.of("place", null, details.place()),
						FieldChange.of("online link", null, details.onlineLink()),
						FieldChange.of("capacity", null, details.capacity()),
						FieldChange.of("facilitator", null, details.facilitator()),
						FieldChange.of("external trainer", null, details.externalTrainer())));
		return id;
	}

	/**
	 * Gives a Member a place, or a place on the waiting list when the session is full.
	 * @return the place
	 */
	@Transactional
	public SessionPlace book(UUID sessionId, MemberId member) {
		TrainingSession session = lock(sessionId);
		if (session.startedBy(this.clock.instant())) {
			throw new SessionClosed("This session has already started");
		}
		if (session.placeOf(member).isPresent()) {
			return session.placeOf(member).get();
		}
		BookingState state = (session.placesLeft() > 0) ? BookingState.BOOKED : BookingState.WAITING;
		UUID id = UUID.randomUUID();
		this.sessions.insertPlace(id, sessionId, member, state, this.clock.instant());
		this.audit.record(BOOKING, id, (state == BookingState.BOOKED) ? "booked" : "joined the waiting list",
				List.of(FieldChange.of("member", null, this.members.get(member).name()),
						FieldChange.of("session", null, sessionId), FieldChange.of("state", null, state.name())));
		return session(sessionId).placeOf(member).orElseThrow();
	}

	/**
	 * Cancels a Member's place or waiting-list entry; a freed place goes to the first on
	 * the waiting list.
	 * @return the Member given the freed place, if any
	 */
	@Transactional
	public Optional<MemberId> cancel(UUID sessionId, MemberId member) {
		TrainingSession session = lock(sessionId);
		if (session.startedBy(this.clock.instant())) {
			throw new SessionClosed("This session has already started");
		}
		SessionPlace place = session.placeOf(member).orElseThrow(() -> new TrainingNotFound("booking"));
		setState(place, BookingState.CANCELLED, "cancelled");
		if (!place.booked() || session.waitingList().isEmpty()) {
			return Optional.empty();
		}
		SessionPlace next = session.waitingList().get(0);
		setState(next, BookingState.BOOKED, "moved up from the waiting list");
		return Optional.of(next.member());
	}

	private void setState(SessionPlace place, BookingState state, String action) {
		this.sessions.setState(place.id(), state);
		this.audit.record(BOOKING, place.id(), action,
				List.of(FieldChange.of("member", null, this.members.get(place.member()).name()),
						FieldChange.of("state", place.state().name(), state.name())));
	}

	/**
	 * @param sessionId a session
	 * @param member a Member
	 * @return the Member's place on it as an iCalendar invitation ({@code .ics})
	 * @throws TrainingNotFound unless the Member holds a place on it
	 */
	@Transactional(readOnly = true)
	public String invitation(UUID sessionId, MemberId member) {
		TrainingSession session = session(sessionId);
		SessionPlace place = session.placeOf(member)
			.filter(SessionPlace::booked)
			.orElseThrow(() -> new TrainingNotFound("booking"));
		return SessionInvitation.of(session, place, this.council.name(), this.clock.instant());
	}

	/**
	 * Marks who attended. A Member marked present gets a completion dated the day of the
	 * session; a completion once recorded stays, so a present mark is final.
	 * @param sessionId the session
	 * @param present each booking and whether its Member was there
	 * @param marker the username of who is marking
	 * @param democraticServices whether they are Democratic Services; otherwise only the
	 * session's facilitator may mark
	 */
	@Transactional
	public void markAttendance(UUID sessionId, Map<UUID, Boolean> present, String marker, boolean democraticServices) {
		TrainingSession session = lock(sessionId);
		if (!democraticServices && !marker.equals(session.facilitator())) {
			throw new AccessDeniedException("Only the facilitator or Democratic Services mark attendance");
		}
		LocalDate day = LocalDate.ofInstant(session.startsAt(), this.clock.getZone());
		if (!registerOpen(session)) {
			throw new SessionClosed("Attendance can be marked from the day of the session");
		}
		for (SessionPlace place : session.booked()) {
			Boolean mark = present.get(place.id());
			if (mark == null || mark.equals(place.attended()) || Boolean.TRUE.equals(place.attended())) {
				continue;
			}
			this.sessions.setAttended(place.id(), mark);
			this.audit.record(BOOKING, place.id(), mark ? "marked present" : "marked absent",
					List.of(FieldChange.of("member", null, this.members.get(place.member()).name()),
							FieldChange.of("attended", place.attended(), mark)));
			if (mark) {
				this.completions.record(place.member(), session.requirement(), day, CompletionMethod.SESSION,
						"session " + sessionId);
			}
		}
	}

	/**
	 * @return the session, its row locked until the transaction ends
	 */
	private TrainingSession lock(UUID sessionId) {
		if (!this.sessions.lock(sessionId)) {
			throw new TrainingNotFound("session " + sessionId);
		}
		return session(sessionId);
	}

	/**
	 * @return whether the register can be marked: from the day of the session
	 */
	public boolean registerOpen(TrainingSession session) {
		return !LocalDate.now(this.clock).isBefore(LocalDate.ofInstant(session.startsAt(), this.clock.getZone()));
	}

}
