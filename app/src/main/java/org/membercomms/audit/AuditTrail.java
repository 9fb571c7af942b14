package org.membercomms.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.membercomms.system.Actors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes entries to the audit trail. It must be called inside the transaction of the
 * change it records ({@link Propagation#MANDATORY}), so that the change and its entry
 * commit or roll back together.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Records a change made by whoever is signed in (or by the system itself).
	 * @param recordType the kind of record
	 * @param recordId the record's id
	 * @param action what happened
	 * @param changes what changed; an update that changed nothing should not be recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String recordType, Object recordId, String action, List<FieldChange> changes) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, record_type, record_id, action, changes)
				values (:occurredAt, :actor, :recordType, :recordId, :action, cast(:changes as jsonb))""")
			.param("occurredAt", Timestamp.from(this.clock.instant()))
			.param("actor", Actors.current())
			.param("recordType", recordType)
			.param("recordId", String.valueOf(recordId))
			.param("action", action)
			.param("changes", this.json.writeValueAsString(changes))
			.update();
	}

}
