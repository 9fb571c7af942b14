package org.membercomms.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.membercomms.system.CouncilTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail in PostgreSQL: appended to, never changed.
 */
@Repository
class AuditRepository {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void append(Instant occurredAt, String actor, String recordType, String recordId, String action,
			List<FieldChange> changes) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, record_type, record_id, action, changes)
				values (:occurredAt, :actor, :recordType, :recordId, :action, cast(:changes as jsonb))""")
			.param("occurredAt", Timestamp.from(occurredAt))
			.param("actor", actor)
			.param("recordType", recordType)
			.param("recordId", recordId)
			.param("action", action)
			.param("changes", this.json.writeValueAsString(changes))
			.update();
	}

	List<AuditEntry> search(AuditSearch search) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.actor() != null) {
			conditions.add("actor = :actor");
			params.put("actor", search.actor().toLowerCase(Locale.ROOT));
		}
		if (search.recordType() != null) {
			conditions.add("record_type = :recordType");
			params.put("recordType", search.recordType());
		}
		if (search.recordId() != null) {
			conditions.add("record_id = :recordId");
			params.put("recordId", search.recordId());
		}
		if (search.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(search.from().atStartOfDay(CouncilTime.ZONE).toInstant()));
		}
		if (search.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(search.to().plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant()));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		params.put("limit", AuditSearch.PAGE_SIZE + 1);
		params.put("offset", (search.page() - 1) * AuditSearch.PAGE_SIZE);
		return this.jdbc.sql(
				"select id, occurred_at, actor, record_type, record_id, action, changes::text as changes from audit_entry"
						+ where + " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("action"), this.json.readValue(rs.getString("changes"), CHANGES)))
			.list();
	}

	List<String> recordTypes() {
		return this.jdbc.sql("select distinct record_type from audit_entry order by record_type")
			.query(String.class)
			.list();
	}

}
