package org.membercomms.audit;

import java.time.LocalDate;

/**
 * What an administrator filters the audit trail by. Every field is optional.
 *
 * @param actor who made the changes (a username)
 * @param recordType the kind of record
 * @param recordId the record's id
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param page which page of results, from 1
 */
public record AuditSearch(String actor, String recordType, String recordId, LocalDate from, LocalDate to,
		Integer page) {

	public static final int PAGE_SIZE = 50;

	public AuditSearch {
		actor = blankToNull(actor);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		page = (page == null || page < 1) ? 1 : page;
	}

	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null, 1);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @return the query string of this search on another page, for the pagination links
	 */
	public String queryForPage(int otherPage) {
		StringBuilder query = new StringBuilder("?page=").append(otherPage);
		append(query, "actor", this.actor);
		append(query, "recordType", this.recordType);
		append(query, "recordId", this.recordId);
		append(query, "from", this.from);
		append(query, "to", this.to);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, Object value) {
		if (value != null) {
			query.append('&')
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}
