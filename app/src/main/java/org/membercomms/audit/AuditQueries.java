package org.membercomms.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.membercomms.system.CouncilTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail.
 */
@Service
public class AuditQueries {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param search the filters
	 * @return one page of matching entries, newest first, and one more if there is a next
	 * page
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditSearch search) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.actor() != null) {
			conditions.add("actor = :actor");
			params.put("actor", search.actor().toLowerCase(java.util.Locale.ROOT));
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

	/**
	 * @return the kinds of record in the trail, for the filter
	 */
	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return this.jdbc.sql("select distinct record_type from audit_entry order by record_type")
			.query(String.class)
			.list();
	}

}
