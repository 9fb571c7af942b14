package org.membercomms.protocol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Versions of the documents, and the searchable sections of published ones.
 */
@Repository
class PolicyVersionRepository {

	private static final String COLUMNS = "id, document, version_number, status, body, change_summary, drafted_by, "
			+ "drafted_at, approved_by, approved_at, effective_from";

	private final JdbcClient jdbc;

	PolicyVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PolicyVersion> findAll(PolicyDocument document) {
		return this.jdbc
			.sql("select " + COLUMNS + " from policy_version where document = :document order by version_number desc")
			.param("document", document.name())
			.query(PolicyVersionRepository::map)
			.list();
	}

	Optional<PolicyVersion> find(PolicyDocument document, int number) {
		return this.jdbc
			.sql("select " + COLUMNS + " from policy_version where document = :document and version_number = :number")
			.param("document", document.name())
			.param("number", number)
			.query(PolicyVersionRepository::map)
			.optional();
	}

	/**
	 * @return the version in force on the day: the newest published one already effective
	 */
	Optional<PolicyVersion> inForce(PolicyDocument document, LocalDate day) {
		return this.jdbc
			.sql("select " + COLUMNS + " from policy_version where document = :document "
					+ "and status = 'PUBLISHED' and effective_from <= :day order by version_number desc limit 1")
			.param("document", document.name())
			.param("day", day)
			.query(PolicyVersionRepository::map)
			.optional();
	}

	int nextNumber(PolicyDocument document) {
		return this.jdbc
			.sql("select coalesce(max(version_number), 0) + 1 from policy_version where document = :document")
			.param("document", document.name())
			.query(Integer.class)
			.single();
	}

	boolean hasOpenDraft(PolicyDocument document) {
		return this.jdbc.sql("select count(*) from policy_version where document = :document and status <> 'PUBLISHED'")
			.param("document", document.name())
			.query(Integer.class)
			.single() > 0;
	}

	void insert(PolicyVersion version) {
		this.jdbc
			.sql("insert into policy_version (" + COLUMNS + ") values (:id, :document, :number, :status, :body, "
					+ ":summary, :draftedBy, :draftedAt, :approvedBy, :approvedAt, :effectiveFrom)")
			.params(params(version))
			.update();
	}

	void update(PolicyVersion version) {
		this.jdbc
			.sql("update policy_version set status = :status, body = :body, change_summary = :summary, "
					+ "approved_by = :approvedBy, approved_at = :approvedAt, effective_from = :effectiveFrom "
					+ "where id = :id and status <> 'PUBLISHED'")
			.params(params(version))
			.update();
	}

	void indexSections(PolicyVersion version) {
		int position = 0;
		for (MarkdownDocument.Section section : MarkdownDocument.parse(version.body()).sections()) {
			this.jdbc
				.sql("insert into policy_section (version_id, key, position, heading, body_text) "
						+ "values (:version, :key, :position, :heading, :text)")
				.param("version", version.id())
				.param("key", section.key())
				.param("position", position++)
				.param("heading", section.heading())
				.param("text", section.text())
				.update();
		}
	}

	/**
	 * A section of a version in force that matches a search, with its excerpt marked
	 * between the control characters 2 (start) and 3 (stop).
	 */
	record SectionMatch(PolicyDocument document, String key, String heading, String excerpt) {
	}

	/**
	 * @return the sections in force on the day that match the words (PostgreSQL's English
	 * stemming), best first, at most 20
	 */
	List<SectionMatch> search(String words, LocalDate today) {
		return this.jdbc
			.sql("""
					with in_force as (
					    select distinct on (document) id, document from policy_version
					    where status = 'PUBLISHED' and effective_from <= :today
					    order by document, version_number desc),
					query as (select websearch_to_tsquery('english', :words) as q)
					select v.document, s.key, s.heading,
					       ts_headline('english', s.body_text, query.q,
					           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=30, MinWords=12') as excerpt
					from policy_section s join in_force v on v.id = s.version_id, query
					where s.search @@ query.q
					order by ts_rank(s.search, query.q) desc, v.document, s.position
					limit 20""")
			.param("today", today)
			.param("words", words)
			.query((rs, row) -> new SectionMatch(PolicyDocument.valueOf(rs.getString("document")), rs.getString("key"),
					rs.getString("heading"), rs.getString("excerpt")))
			.list();
	}

	private static java.util.Map<String, Object> params(PolicyVersion version) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", version.id());
		params.put("document", version.document().name());
		params.put("number", version.number());
		params.put("status", version.status().name());
		params.put("body", version.body());
		params.put("summary", version.changeSummary());
		params.put("draftedBy", version.draftedBy());
		params.put("draftedAt", Timestamp.from(version.draftedAt()));
		params.put("approvedBy", version.approvedBy());
		params.put("approvedAt", (version.approvedAt() != null) ? Timestamp.from(version.approvedAt()) : null);
		params.put("effectiveFrom", version.effectiveFrom());
		return params;
	}

	private static PolicyVersion map(ResultSet rs, int row) throws SQLException {
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		return new PolicyVersion(rs.getObject("id", java.util.UUID.class),
				PolicyDocument.valueOf(rs.getString("document")), rs.getInt("version_number"),
				VersionStatus.valueOf(rs.getString("status")), rs.getString("body"), rs.getString("change_summary"),
				rs.getString("drafted_by"), rs.getTimestamp("drafted_at").toInstant(), rs.getString("approved_by"),
				(approvedAt != null) ? approvedAt.toInstant() : null, rs.getObject("effective_from", LocalDate.class));
	}

}
