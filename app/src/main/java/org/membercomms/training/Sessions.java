package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Actors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions: scheduling, Members' bookings and cancellations with a waiting list
 * that moves up, and the attendance register. Changes to one session are serialised by a
 * row lock on it, so two Members can never take its last place.
 */
@Service
class Sessions {

	static final String SESSION = "training-session";

	static final String BOOKING = "training-booking";

	private final JdbcClient jdbc;

	private final Training training;

	private final Members members;

	private final AuditTrail audit;

	private final Clock clock;

	Sessions(JdbcClient jdbc, Training training, Members members, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.training = training;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return sessions that have not ended, soonest first
	 */
	@Transactional(readOnly = true)
	List<TrainingSession> upcoming() {
		return this.jdbc.sql("select id from training_session where ends_at > :now order by starts_at")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.list()
			.stream()
			.map(this::session)
			.toList();
	}

	@Transactional(readOnly = true)
	TrainingSession session(UUID id) {
		List<SessionPlace> places = this.jdbc.sql("""
				select b.*, s.starts_at from training_booking b join training_session s on s.id = b.session_id
				where b.session_id = :id and b.state <> 'CANCELLED' order by b.requested_at""")
			.param("id", id)
			.query((rs, row) -> place(rs))
			.list();
		return this.jdbc.sql("""
				select s.*, r.course from training_session s join training_requirement r on r.id = s.requirement_id
				where s.id = :id""")
			.param("id", id)
			.query((rs, row) -> new TrainingSession(rs.getObject("id", UUID.class),
					new RequirementId(rs.getObject("requirement_id", UUID.class)), rs.getString("course"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("place"), rs.getString("online_link"), rs.getInt("capacity"),
					rs.getString("facilitator"), rs.getString("external_trainer"), places))
			.optional()
			.orElseThrow(() -> new TrainingNotFound("session " + id));
	}

	static SessionPlace place(ResultSet rs) throws SQLException {
		return new SessionPlace(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				new MemberId(rs.getObject("member_id", UUID.class)), BookingState.valueOf(rs.getString("state")),
				rs.getTimestamp("requested_at").toInstant(), (Boolean) rs.getObject("attended"),
				rs.getTimestamp("starts_at").toInstant());
	}

	/**
	 * Schedules a session.
	 * @param form what Democratic Services entered, already checked
	 * @return the new session
	 */
	@Transactional
	UUID schedule(SessionForm.Checked form) {
		UUID id = UUID.randomUUID();
		Requirement requirement = this.training.requirement(form.requirement());
		this.jdbc
			.sql("""
					insert into training_session (id, requirement_id, starts_at, ends_at, place, online_link, capacity,
					    facilitator, external_trainer, created_by, created_at)
					values (:id, :requirement, :starts, :ends, :place, :link, :capacity, :facilitator, :trainer, :by, :at)""")
			.param("id", id)
			.param("requirement", requirement.id().value())
			.param("starts", Timestamp.from(form.startsAt()))
			.param("ends", Timestamp.from(form.endsAt()))
			.param("place", form.place())
			.param("link", form.onlineLink())
			.param("capacity", form.capacity())
			.param("facilitator", form.facilitator())
			.param("trainer", form.externalTrainer())
			.param("by", Actors.current())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(SESSION, id, "scheduled", List.of(FieldChange.of("course", null, requirement.course()),
				FieldChange.of("starts", null, form.startsAt()), FieldChange.of("ends", null, form.endsAt()),
				FieldChange.of("place", null, form.place()), FieldChange.of("online link", null, form.onlineLink()),
				FieldChange.of("capacity", null, form.capacity()),
				FieldChange.of("facilitator", null, form.facilitator()),
				FieldChange.of("external trainer", null, form.externalTrainer())));
		return id;
	}

	/**
	 * Gives a Member a place, or a place on the waiting list when the session is full.
	 * @return the place
	 */
	@Transactional
	SessionPlace book(UUID sessionId, MemberId member) {
		lock(sessionId);
		TrainingSession session = session(sessionId);
		if (session.startedBy(this.clock.instant())) {
			throw new SessionClosed("This session has already started");
		}
		if (session.placeOf(member).isPresent()) {
			return session.placeOf(member).get();
		}
		BookingState state = (session.placesLeft() > 0) ? BookingState.BOOKED : BookingState.WAITING;
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into training_booking (id, session_id, member_id, state, requested_at)
				values (:id, :session, :member, :state, :at)""")
			.param("id", id)
			.param("session", sessionId)
			.param("member", member.value())
			.param("state", state.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
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
	java.util.Optional<MemberId> cancel(UUID sessionId, MemberId member) {
		lock(sessionId);
		TrainingSession session = session(sessionId);
		if (session.startedBy(this.clock.instant())) {
			throw new SessionClosed("This session has already started");
		}
		SessionPlace place = session.placeOf(member).orElseThrow(() -> new TrainingNotFound("booking"));
		setState(place, BookingState.CANCELLED, "cancelled");
		if (!place.booked() || session.waitingList().isEmpty()) {
			return java.util.Optional.empty();
		}
		SessionPlace next = session.waitingList().get(0);
		setState(next, BookingState.BOOKED, "moved up from the waiting list");
		return java.util.Optional.of(next.member());
	}

	private void setState(SessionPlace place, BookingState state, String action) {
		this.jdbc.sql("update training_booking set state = :state where id = :id")
			.param("state", state.name())
			.param("id", place.id())
			.update();
		this.audit.record(BOOKING, place.id(), action,
				List.of(FieldChange.of("member", null, this.members.get(place.member()).name()),
						FieldChange.of("state", place.state().name(), state.name())));
	}

	/**
	 * Marks who attended. A Member marked present gets a completion dated the day of the
	 * session; a completion once recorded stays, so a present mark is final.
	 * @param sessionId the session
	 * @param present each booking and whether its Member was there
	 * @param facilitator who is marking: the session's facilitator or Democratic Services
	 */
	@Transactional
	void markAttendance(UUID sessionId, Map<UUID, Boolean> present, String marker, boolean democraticServices) {
		lock(sessionId);
		TrainingSession session = session(sessionId);
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
			this.jdbc.sql("update training_booking set attended = :attended where id = :id")
				.param("attended", mark)
				.param("id", place.id())
				.update();
			this.audit.record(BOOKING, place.id(), mark ? "marked present" : "marked absent",
					List.of(FieldChange.of("member", null, this.members.get(place.member()).name()),
							FieldChange.of("attended", place.attended(), mark)));
			if (mark) {
				this.training.recordCompletion(place.member(), session.requirement(), day, CompletionMethod.SESSION,
						"session " + sessionId);
			}
		}
	}

	private void lock(UUID sessionId) {
		this.jdbc.sql("select id from training_session where id = :id for update")
			.param("id", sessionId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new TrainingNotFound("session " + sessionId));
	}

	/**
	 * @return whether the register can be marked: from the day of the session
	 */
	boolean registerOpen(TrainingSession session) {
		return !LocalDate.now(this.clock).isBefore(LocalDate.ofInstant(session.startsAt(), this.clock.getZone()));
	}

	java.time.ZoneId zone() {
		return this.clock.getZone();
	}

	Instant now() {
		return this.clock.instant();
	}

}
