package org.membercomms.protocol;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members' acknowledgements of published versions in PostgreSQL.
 */
@Repository
class AcknowledgementRepository {

	private final JdbcClient jdbc;

	AcknowledgementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Instant> acknowledgedAt(UUID version, MemberId member) {
		return this.jdbc.sql(
				"select acknowledged_at from policy_acknowledgement where version_id = :version and member_id = :member")
			.param("version", version)
			.param("member", member.value())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * @return whether the acknowledgement is new (acknowledging twice adds nothing)
	 */
	boolean insert(UUID version, MemberId member, Instant at) {
		return this.jdbc
			.sql("insert into policy_acknowledgement (version_id, member_id, acknowledged_at) "
					+ "values (:version, :member, :at) on conflict do nothing")
			.param("version", version)
			.param("member", member.value())
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/**
	 * @return when each Member who has acknowledged the version did so
	 */
	Map<MemberId, Instant> acknowledgementsOf(UUID version) {
		Map<MemberId, Instant> done = new HashMap<>();
		this.jdbc.sql("select member_id, acknowledged_at from policy_acknowledgement where version_id = :version")
			.param("version", version)
			.query((rs, row) -> Map.entry(new MemberId(rs.getObject("member_id", UUID.class)),
					rs.getTimestamp("acknowledged_at").toInstant()))
			.list()
			.forEach(entry -> done.put(entry.getKey(), entry.getValue()));
		return done;
	}

}
