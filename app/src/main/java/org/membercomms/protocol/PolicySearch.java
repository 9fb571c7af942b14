package org.membercomms.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search across the versions in force, with PostgreSQL's English stemming.
 */
@Service
public class PolicySearch {

	private static final String START = "\u0002";

	private static final String STOP = "\u0003";

	private final JdbcClient jdbc;

	private final Clock clock;

	PolicySearch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A matching section.
	 *
	 * @param document the document
	 * @param key the section's key
	 * @param heading the section's heading
	 * @param excerptHtml the matching words in context, HTML-escaped, with the matches in
	 * {@code <mark>}
	 */
	public record Result(PolicyDocument document, String key, String heading, String excerptHtml) {

		public String href() {
			return this.document.path() + "#" + this.key;
		}

	}

	@Transactional(readOnly = true)
	public List<Result> search(String words) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
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
			.param("today", LocalDate.now(this.clock))
			.param("words", words.strip())
			.query((rs, row) -> new Result(PolicyDocument.valueOf(rs.getString("document")), rs.getString("key"),
					rs.getString("heading"), highlight(rs.getString("excerpt"))))
			.list();
	}

	static String highlight(String excerpt) {
		return HtmlUtils.htmlEscape(excerpt).replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
