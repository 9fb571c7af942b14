package org.membercomms.checker.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.fitting.Corpora.Example;

/**
 * Measures the shipped checker on the HatEval 2019 validation split as
 * {@code evaluate --hateval} does: a tweet is flagged hate when its report has a
 * DISCRIMINATION or INCITEMENT finding of CAUTION or above. Needs {@code ../shared/data/}
 * beside the repository (or {@code -Dmembercomms.data=DIR}); skips with a notice when it
 * is missing. Only reads it.
 */
class HatEvalValidationTest {

	private static Path data;

	@BeforeAll
	static void findData() {
		data = HeldBackEvaluationTest.dataFolder();
		if (!HatEvalEvaluation.available(data)) {
			System.out.println("NOTICE: HatEvalValidationTest skipped: no HatEval validation split at " + data
					+ " (expected ../shared/data beside the repository, or -Dmembercomms.data=DIR)");
		}
	}

	@BeforeEach
	void needData() {
		Assumptions.assumeTrue(HatEvalEvaluation.available(data), "no HatEval validation split at " + data);
	}

	@Test
	void readsTheWholeValidationSplit() throws IOException {
		List<Example> tweets = HatEvalEvaluation.validation(data);
		assertThat(tweets).hasSize(1000);
		assertThat(tweets.stream().filter((t) -> t.offensive() == 1)).hasSize(427);
	}

	@Test
	void keepsTheMacroF1ItHasReached() throws IOException {
		Metrics metrics = HatEvalEvaluation.measure(HatEvalEvaluation.validation(data), PostChecker.create());
		System.out.println("HatEval validation: " + metrics.describe("NOT", "HATE"));
		// Issue 18's target, reached at 0.6012 with slurs about sex aimed at someone read
		// as discrimination and hashtags cut into words (ADR 31); 0.4509 before; 0.6554
		// with the stereotype "hysterical women", found on the training split (ADR 32).
		assertThat(metrics.macroF1()).isGreaterThanOrEqualTo(0.65);
	}

}
