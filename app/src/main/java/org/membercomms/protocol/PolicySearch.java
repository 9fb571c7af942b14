package org.membercomms.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	private final PolicyVersionRepository versions;

	private final Clock clock;

	PolicySearch(PolicyVersionRepository versions, Clock clock) {
		this.versions = versions;
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
		return this.versions.search(words.strip(), LocalDate.now(this.clock))
			.stream()
			.map(match -> new Result(match.document(), match.key(), match.heading(), highlight(match.excerpt())))
			.toList();
	}

	static String highlight(String excerpt) {
		return HtmlUtils.htmlEscape(excerpt).replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
