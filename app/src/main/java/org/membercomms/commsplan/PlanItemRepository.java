package org.membercomms.commsplan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plan items, the priorities they serve and what the checker found in their copy.
 */
@Repository
class PlanItemRepository {

	private static final String SELECT = """
			select i.*, (select array_agg(priority_id::text) from plan_item_priority p where p.item_id = i.id) as priorities
			from plan_item i""";

	private final JdbcClient jdbc;

	PlanItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanItem> find(PlanItemId id) {
		List<CopyFinding> findings = findings(id);
		return this.jdbc.sql(SELECT + " where i.id = :id")
			.param("id", id.value())
			.query((rs, row) -> map(rs, findings))
			.optional();
	}

	/**
	 * @return every item, soonest first; their findings are left out
	 */
	List<PlanItem> findAll() {
		return this.jdbc.sql(SELECT + " order by i.publish_at, i.title").query((rs, row) -> map(rs, List.of())).list();
	}

	/**
	 * @return the ids of items in approval whose scheduled time has come
	 */
	List<PlanItemId> awaitingApprovalDueBy(Instant now) {
		return this.jdbc.sql("select id from plan_item where status = 'IN_APPROVAL' and publish_at <= :now")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new PlanItemId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Locks the item's row until the transaction ends, so that an approval and an expiry
	 * cannot both happen.
	 */
	Optional<PlanItem> findForUpdate(PlanItemId id) {
		List<CopyFinding> findings = findings(id);
		return this.jdbc.sql(SELECT + " where i.id = :id for update of i")
			.param("id", id.value())
			.query((rs, row) -> map(rs, findings))
			.optional();
	}

	void insert(PlanItem item) {
		this.jdbc.sql("""
				insert into plan_item (id, kind, title, summary, key_messages, copy_text, channels, audiences, owner,
				    directorate, publish_at, ends_at, status, status_note, created_by, created_at, submitted_by,
				    submitted_at, approved_by, approved_at, published_at, evaluation_note)
				values (:id, :kind, :title, :summary, :keyMessages, :copy, string_to_array(:channels, ','), :audiences,
				    :owner, :directorate, :publishAt, :endsAt, :status, :statusNote, :createdBy, :createdAt,
				    :submittedBy, :submittedAt, :approvedBy, :approvedAt, :publishedAt, :evaluationNote)""")
			.params(params(item))
			.update();
		replacePriorities(item);
	}

	void update(PlanItem item) {
		this.jdbc.sql("""
				update plan_item set kind = :kind, title = :title, summary = :summary, key_messages = :keyMessages,
				    copy_text = :copy, channels = string_to_array(:channels, ','), audiences = :audiences,
				    owner = :owner, directorate = :directorate, publish_at = :publishAt, ends_at = :endsAt,
				    status = :status, status_note = :statusNote, submitted_by = :submittedBy,
				    submitted_at = :submittedAt, approved_by = :approvedBy, approved_at = :approvedAt,
				    published_at = :publishedAt, evaluation_note = :evaluationNote
				where id = :id""").params(params(item)).update();
		replacePriorities(item);
	}

	void replaceFindings(PlanItemId id, List<CopyFinding> findings) {
		this.jdbc.sql("delete from plan_item_finding where item_id = :id").param("id", id.value()).update();
		int position = 0;
		for (CopyFinding finding : findings) {
			this.jdbc
				.sql("insert into plan_item_finding (item_id, position, category, severity, explanation, advice) "
						+ "values (:id, :position, :category, :severity, :explanation, :advice)")
				.param("id", id.value())
				.param("position", position++)
				.param("category", finding.category())
				.param("severity", finding.severity())
				.param("explanation", finding.explanation())
				.param("advice", finding.advice())
				.update();
		}
	}

	private List<CopyFinding> findings(PlanItemId id) {
		return this.jdbc
			.sql("select category, severity, explanation, advice from plan_item_finding where item_id = :id "
					+ "order by position")
			.param("id", id.value())
			.query((rs, row) -> new CopyFinding(rs.getString("category"), rs.getString("severity"),
					rs.getString("explanation"), rs.getString("advice")))
			.list();
	}

	private void replacePriorities(PlanItem item) {
		this.jdbc.sql("delete from plan_item_priority where item_id = :id").param("id", item.id().value()).update();
		for (PriorityId priority : item.details().priorities()) {
			this.jdbc.sql("insert into plan_item_priority (item_id, priority_id) values (:item, :priority)")
				.param("item", item.id().value())
				.param("priority", priority.value())
				.update();
		}
	}

	private static Map<String, Object> params(PlanItem item) {
		PlanItemDetails details = item.details();
		Map<String, Object> params = new HashMap<>();
		params.put("id", item.id().value());
		params.put("kind", details.kind().name());
		params.put("title", details.title());
		params.put("summary", details.summary());
		params.put("keyMessages", details.keyMessages());
		params.put("copy", details.copy());
		params.put("channels", details.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		params.put("audiences", details.audiences());
		params.put("owner", details.owner());
		params.put("directorate", details.directorate());
		params.put("publishAt", timestamp(details.publishAt()));
		params.put("endsAt", timestamp(details.endsAt()));
		params.put("status", item.status().name());
		params.put("statusNote", item.statusNote());
		params.put("createdBy", item.createdBy());
		params.put("createdAt", timestamp(item.createdAt()));
		params.put("submittedBy", item.submittedBy());
		params.put("submittedAt", timestamp(item.submittedAt()));
		params.put("approvedBy", item.approvedBy());
		params.put("approvedAt", timestamp(item.approvedAt()));
		params.put("publishedAt", timestamp(item.publishedAt()));
		params.put("evaluationNote", item.evaluationNote());
		return params;
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static PlanItem map(ResultSet rs, List<CopyFinding> findings) throws SQLException {
		Set<PriorityId> priorities = new LinkedHashSet<>();
		for (String id : strings(rs.getArray("priorities"))) {
			priorities.add(new PriorityId(UUID.fromString(id)));
		}
		Set<PlanChannel> channels = new LinkedHashSet<>();
		for (String channel : strings(rs.getArray("channels"))) {
			channels.add(PlanChannel.valueOf(channel));
		}
		PlanItemDetails details = new PlanItemDetails(PlanItemKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("summary"), rs.getString("key_messages"), rs.getString("copy_text"), priorities, channels,
				rs.getString("audiences"), rs.getString("owner"), rs.getString("directorate"),
				instant(rs, "publish_at"), instant(rs, "ends_at"));
		return new PlanItem(new PlanItemId(rs.getObject("id", UUID.class)), details,
				PlanItemStatus.valueOf(rs.getString("status")), rs.getString("status_note"), rs.getString("created_by"),
				instant(rs, "created_at"),
				new PlanItem.Approval(rs.getString("submitted_by"), instant(rs, "submitted_at"),
						rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "published_at")),
				rs.getString("evaluation_note"), findings);
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
