package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions and Members' places on them ({@code training_session},
 * {@code training_booking}), and the attendance the committee report counts.
 */
@Repository
class SessionRepository {

	/** Places, with the session's requirement, times and venue. */
	private static final String PLACES = """
			select b.*, s.requirement_id, s.starts_at, s.ends_at, s.place as venue
			from training_booking b join training_session s on s.id = b.session_id
			""";

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the sessions that have not ended, soonest first
	 */
	List<UUID> notEndedBy(Instant now) {
		return this.jdbc.sql("select id from training_session where ends_at > :now order by starts_at")
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * @return the session with its live places, if there is one
	 */
	Optional<TrainingSession> find(UUID id) {
		List<SessionPlace> places = placesOn(id);
		return this.jdbc.sql("""
				select s.*, r.course from training_session s join training_requirement r on r.id = s.requirement_id
				where s.id = :id""")
			.param("id", id)
			.query((rs, row) -> new TrainingSession(rs.getObject("id", UUID.class),
					new RequirementId(rs.getObject("requirement_id", UUID.class)), rs.getString("course"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("place"), rs.getString("online_link"), rs.getInt("capacity"),
					rs.getString("facilitator"), rs.getString("external_trainer"), places))
			.optional();
	}

	/**
	 * @return the places and waiting-list entries on a session that are not cancelled, in
	 * the order asked for
	 */
	List<SessionPlace> placesOn(UUID session) {
		return this.jdbc.sql(PLACES + "where b.session_id = :id and b.state <> 'CANCELLED' order by b.requested_at")
			.param("id", session)
			.query(SessionRepository::place)
			.list();
	}

	/**
	 * The one read of who is booked ahead, for records and reminders alike.
	 * @return every place and waiting-list entry, not cancelled, on a session that has
	 * not started, soonest session first
	 */
	List<SessionPlace> placesAhead(Instant now) {
		return this.jdbc.sql(PLACES + "where b.state <> 'CANCELLED' and s.starts_at > :now order by s.starts_at")
			.param("now", Timestamp.from(now))
			.query(SessionRepository::place)
			.list();
	}

	void insert(UUID id, SessionDetails session, String createdBy, Instant createdAt) {
		this.jdbc
			.sql("""
					insert into training_session (id, requirement_id, starts_at, ends_at, place, online_link, capacity,
					    facilitator, external_trainer, created_by, created_at)
					values (:id, :requirement, :starts, :ends, :place, :link, :capacity, :facilitator, :trainer, :by, :at)""")
			.param("id", id)
			.param("requirement", session.requirement().value())
			.param("starts", Timestamp.from(session.startsAt()))
			.param("ends", Timestamp.from(session.endsAt()))
			.param("place", session.place())
			.param("link", session.onlineLink())
			.param("capacity", session.capacity())
			.param("facilitator", session.facilitator())
			.param("trainer", session.externalTrainer())
			.param("by", createdBy)
			.param("at", Timestamp.from(createdAt))
			.update();
	}

	/**
	 * Locks a session's row until the transaction ends, so that changes to its places
	 * happen one at a time.
	 * @return whether there is such a session
	 */
	boolean lock(UUID session) {
		return this.jdbc.sql("select id from training_session where id = :id for update")
			.param("id", session)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	void insertPlace(UUID id, UUID session, MemberId member, BookingState state, Instant requestedAt) {
		this.jdbc.sql("""
				insert into training_booking (id, session_id, member_id, state, requested_at)
				values (:id, :session, :member, :state, :at)""")
			.param("id", id)
			.param("session", session)
			.param("member", member.value())
			.param("state", state.name())
			.param("at", Timestamp.from(requestedAt))
			.update();
	}

	void setState(UUID place, BookingState state) {
		this.jdbc.sql("update training_booking set state = :state where id = :id")
			.param("state", state.name())
			.param("id", place)
			.update();
	}

	void setAttended(UUID place, boolean attended) {
		this.jdbc.sql("update training_booking set attended = :attended where id = :id")
			.param("attended", attended)
			.param("id", place)
			.update();
	}

	/**
	 * @return each session held by now, with the places booked and the Members marked
	 * present, in the order held
	 */
	List<TrainingReport.Attendance> attendanceBy(Instant now) {
		return this.jdbc.sql("""
				select r.course, s.starts_at,
				       count(*) filter (where b.state = 'BOOKED') as booked,
				       count(*) filter (where b.state = 'BOOKED' and b.attended) as attended
				from training_session s
				join training_requirement r on r.id = s.requirement_id
				left join training_booking b on b.session_id = s.id
				where s.starts_at <= :now
				group by s.id, r.course, s.starts_at
				order by s.starts_at""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new TrainingReport.Attendance(rs.getString("course"),
					rs.getTimestamp("starts_at").toInstant(), rs.getInt("booked"), rs.getInt("attended")))
			.list();
	}

	private static SessionPlace place(ResultSet rs, int row) throws SQLException {
		return new SessionPlace(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				new RequirementId(rs.getObject("requirement_id", UUID.class)),
				new MemberId(rs.getObject("member_id", UUID.class)), BookingState.valueOf(rs.getString("state")),
				rs.getTimestamp("requested_at").toInstant(), (Boolean) rs.getObject("attended"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("venue"));
	}

}
