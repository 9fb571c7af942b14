package org.membercomms.commsplan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pre-election marks of plan items, and which items' copy the post checker found
 * sensitive in a pre-election period.
 */
@Repository
class PreElectionMarkRepository {

	private final JdbcClient jdbc;

	PreElectionMarkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PreElectionMarks find(PlanItemId id) {
		return this.jdbc.sql("""
				select controversial_by_author, controversial_by_monitoring, public_safety
				from plan_item_pre_election where item_id = :id""")
			.param("id", id.value())
			.query((rs, row) -> new PreElectionMarks(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional()
			.orElse(PreElectionMarks.NONE);
	}

	void save(PlanItemId id, PreElectionMarks marks) {
		this.jdbc.sql("""
				insert into plan_item_pre_election (item_id, controversial_by_author, controversial_by_monitoring,
				    public_safety)
				values (:id, :author, :monitoring, :safety)
				on conflict (item_id) do update set controversial_by_author = :author,
				    controversial_by_monitoring = :monitoring, public_safety = :safety""")
			.param("id", id.value())
			.param("author", marks.controversialByAuthor())
			.param("monitoring", marks.controversialByMonitoringOfficer())
			.param("safety", marks.publicSafety())
			.update();
	}

	/**
	 * @return the ids of items whose copy had a PRE_ELECTION finding when last submitted
	 */
	Set<PlanItemId> withPreElectionFindings() {
		return new HashSet<>(
				this.jdbc.sql("select distinct item_id from plan_item_finding where category = 'PRE_ELECTION'")
					.query((rs, row) -> new PlanItemId(rs.getObject(1, UUID.class)))
					.list());
	}

	/**
	 * @return every item's marks, for the items list
	 */
	Map<PlanItemId, PreElectionMarks> all() {
		Map<PlanItemId, PreElectionMarks> marks = new HashMap<>();
		this.jdbc.sql("select * from plan_item_pre_election").query(rs -> {
			marks.put(new PlanItemId(rs.getObject("item_id", UUID.class)),
					new PreElectionMarks(rs.getBoolean("controversial_by_author"),
							rs.getBoolean("controversial_by_monitoring"), rs.getBoolean("public_safety")));
		});
		return marks;
	}

}
