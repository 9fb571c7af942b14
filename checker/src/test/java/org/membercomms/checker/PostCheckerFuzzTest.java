package org.membercomms.checker;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Bounded fuzzing with Jazzer: any text, any context flags, a report with spans inside
 * the text, checked within the {@link StepBound} (the inputs include every shape of post
 * that once made the checker slow, issue 16). In the normal suite (no JAZZER_FUZZ) it
 * replays the seed inputs in {@code PostCheckerFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for a few seconds.
 */
class PostCheckerFuzzTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@FuzzTest(maxDuration = "3s")
	void reportsOnAnyText(FuzzedDataProvider data) {
		boolean images = data.consumeBoolean();
		String text = data.consumeRemainingAsString();
		Post post = images
				? new Post(text, java.util.List.of(), java.util.List.of(new Image(ImageSource.STOCK, "", false)))
				: Post.of(text);
		Report report = StepBound.checkWithin(CHECKER, post);
		assertThat(report.offensive()).isBetween(0.0, 1.0);
		for (Finding finding : report.findings()) {
			for (Span span : finding.spans()) {
				assertThat(span.end()).isLessThanOrEqualTo(text.length());
			}
		}
	}

}
