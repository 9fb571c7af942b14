package org.membercomms.postcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.ProtocolSection;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.Verdict;

class MarkedTextTest {

	@Test
	void cutsTheTextAtEveryEdgeOfEvidenceAndNamesTheCategoriesOfOverlaps() {
		String text = "He is a crook who stole the grant.";
		Report report = new Report(Verdict.HIGH_RISK,
				List.of(finding(Category.DEFAMATION, new Span(8, 23)), finding(Category.DISRESPECT, new Span(8, 13))),
				0.7);
		List<MarkedText.Piece> pieces = MarkedText.of(text, report).pieces();
		assertThat(pieces).extracting(MarkedText.Piece::text)
			.containsExactly("He is a ", "crook", " who stole", " the grant.");
		assertThat(pieces.get(1).announced()).isEqualTo("Defamation and Respect for others");
		assertThat(pieces.get(2).announced()).isEqualTo("Defamation");
		assertThat(pieces.get(0).evidence()).isFalse();
		assertThat(String.join("", pieces.stream().map(MarkedText.Piece::text).toList())).isEqualTo(text);
	}

	@Test
	void leavesATextWithoutEvidenceWhole() {
		Report report = new Report(Verdict.CLEAR, List.of(new Finding(Category.ACCESSIBILITY, Severity.ADVICE,
				List.of(), "explanation", "advice", ProtocolSection.ACCESSIBILITY)), 0);
		assertThat(MarkedText.of("Hello", report).pieces()).containsExactly(new MarkedText.Piece("Hello", List.of()));
	}

	private static Finding finding(Category category, Span span) {
		return new Finding(category, Severity.HIGH_RISK, List.of(span), "explanation", "advice", category.section());
	}

}
