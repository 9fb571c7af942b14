package org.membercomms.checker.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.ProtocolSection;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.Verdict;
import org.membercomms.checker.fitting.Corpora.Example;

/**
 * What counts as flagged hate in {@code evaluate --hateval}, on hand-made reports: a
 * DISCRIMINATION or INCITEMENT finding of CAUTION or above, nothing else.
 */
class HatEvalCountingTest {

	private static Report report(Category category, Severity severity) {
		Finding finding = new Finding(category, severity, List.of(new Span(0, 4)), "why", "what instead",
				ProtocolSection.DISCRIMINATION);
		return new Report(severity.verdict(), List.of(finding), 0.0);
	}

	private static Report clear() {
		return new Report(Verdict.CLEAR, List.of(), 0.0);
	}

	@Test
	void countsDiscriminationAndIncitementOfCautionOrAbove() {
		assertThat(HatEvalEvaluation.flagsHate(report(Category.DISCRIMINATION, Severity.CAUTION))).isTrue();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.DISCRIMINATION, Severity.HIGH_RISK))).isTrue();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.INCITEMENT, Severity.CAUTION))).isTrue();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.INCITEMENT, Severity.HIGH_RISK))).isTrue();
	}

	@Test
	void leavesAdviceOtherCategoriesAndCleanReportsUncounted() {
		assertThat(HatEvalEvaluation.flagsHate(report(Category.DISCRIMINATION, Severity.ADVICE))).isFalse();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.INCITEMENT, Severity.ADVICE))).isFalse();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.HARASSMENT, Severity.HIGH_RISK))).isFalse();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.MALICIOUS_COMMUNICATION, Severity.HIGH_RISK))).isFalse();
		assertThat(HatEvalEvaluation.flagsHate(report(Category.DISRESPECT, Severity.CAUTION))).isFalse();
		assertThat(HatEvalEvaluation.flagsHate(clear())).isFalse();
	}

	@Test
	void countsEachTweetAgainstItsLabel() {
		Map<String, Report> reports = Map.of("hateful and caught", report(Category.DISCRIMINATION, Severity.HIGH_RISK),
				"hateful but only abusive", report(Category.MALICIOUS_COMMUNICATION, Severity.HIGH_RISK),
				"hateful and missed", clear(), "clean but flagged", report(Category.INCITEMENT, Severity.CAUTION),
				"clean with advice", report(Category.DISCRIMINATION, Severity.ADVICE), "clean", clear());
		List<Example> tweets = List.of(new Example("1", "hateful and caught", 1),
				new Example("2", "hateful but only abusive", 1), new Example("3", "hateful and missed", 1),
				new Example("4", "clean but flagged", 0), new Example("5", "clean with advice", 0),
				new Example("6", "clean", 0));
		Metrics metrics = HatEvalEvaluation.count(tweets, reports::get);
		// hate: 1 caught, 2 missed, 1 false alarm: F1 2/5; not hate: 2 right, 1 missed, 2
		// wrongly
		// included: F1 4/7
		assertThat(metrics.describe("NOT", "HATE")).isEqualTo(
				"n=6 macro-F1 0.4857 (F1 NOT 0.5714, HATE 0.4000) accuracy 0.5000; expected HATE 3, predicted HATE 2, both 1");
	}

}
