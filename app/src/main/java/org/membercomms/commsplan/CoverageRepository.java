package org.membercomms.commsplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.membercomms.system.CouncilTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan items, past the idea stage, that serve the priorities of a plan period.
 */
@Repository
class CoverageRepository {

	private final JdbcClient jdbc;

	CoverageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param period a plan period's id
	 * @return one row per item and priority of the period it serves; ideas are left out
	 */
	List<PlannedCommunication> plannedUnder(UUID period) {
		return this.jdbc.sql("""
				select ip.priority_id, (i.publish_at at time zone :zone)::date as publish_on, i.status
				from plan_item_priority ip
				join plan_item i on i.id = ip.item_id
				join plan_priority p on p.id = ip.priority_id
				join plan_theme t on t.id = p.theme_id
				where t.period_id = :period and i.status <> 'IDEA'""")
			.param("zone", CouncilTime.ZONE_ID)
			.param("period", period)
			.query((rs, row) -> new PlannedCommunication(new PriorityId(rs.getObject("priority_id", UUID.class)),
					rs.getObject("publish_on", LocalDate.class), PlanItemStatus.valueOf(rs.getString("status"))))
			.list();
	}

}
