package org.membercomms.postcheck.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;

/**
 * The checker's report on one post, as the API returns it.
 *
 * @param verdict the highest severity found (advice alone leaves it CLEAR)
 * @param offensive how offensive the wording is, from 0 to 1 (0.5 or more is offensive)
 * @param findings what was found
 */
@Schema(name = "Report", description = "The checker's report on one post")
record CheckResponse(@Schema(description = "The highest severity found; advice alone leaves it CLEAR") Verdict verdict,
		@Schema(description = "How offensive the wording is, from 0 to 1; 0.5 or more is offensive") double offensive,
		List<FindingResponse> findings) {

	static CheckResponse of(Report report) {
		return new CheckResponse(report.verdict(), report.offensive(),
				report.findings().stream().map(FindingResponse::of).toList());
	}

	/**
	 * One risk found in a post.
	 *
	 * @param category the kind of risk
	 * @param severity how serious it is
	 * @param spans where the evidence is in the text
	 * @param explanation why it matters, naming the law
	 * @param advice what to do instead
	 * @param protocolKey the protocol section it relates to, shown at /protocol#key
	 */
	@Schema(name = "Finding")
	record FindingResponse(Category category, Severity severity, List<SpanResponse> spans, String explanation,
			String advice, @Schema(example = "data-protection") String protocolKey) {

		static FindingResponse of(Finding finding) {
			return new FindingResponse(finding.category(), finding.severity(),
					finding.spans().stream().map(span -> new SpanResponse(span.start(), span.end())).toList(),
					finding.explanation(), finding.advice(), finding.section().key());
		}

	}

	/**
	 * Where evidence is in the text, in UTF-16 code units as JavaScript and Java count
	 * them.
	 *
	 * @param start the first, inclusive
	 * @param end the last, exclusive
	 */
	@Schema(name = "Span")
	record SpanResponse(int start, int end) {
	}

	/**
	 * The reports on a batch of posts.
	 *
	 * @param reports one report per post, in the order sent
	 */
	@Schema(name = "BatchReport")
	record Batch(List<CheckResponse> reports) {
	}

}
