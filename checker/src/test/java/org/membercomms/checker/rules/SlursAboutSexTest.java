package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;

/**
 * A slur about sex aimed at someone is harassment related to sex (Equality Act 2010
 * s.26), so DISCRIMINATION as well as swearing; the same word in an idiom, a place or a
 * tool is not.
 */
class SlursAboutSexTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@ValueSource(strings = { "You stupid bitch, Cllr Pearce.", "She is a slag and everyone knows it.", "What a whore.",
			"Shut up, you lying slapper." })
	void aimedAtSomeoneIsDiscrimination(String post) {
		Report report = CHECKER.check(post);
		assertThat(report.findings()).as(post)
			.anyMatch((f) -> f.category() == Category.DISCRIMINATION && f.severity() == Severity.CAUTION
					&& f.explanation().contains("s.26"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Life is a bitch when the bins are late.",
			"The new hoes for the Acklam allotments have arrived.",
			"The slag heaps at South Bank are being cleared, Cllr Moss says.",
			"Stop bitching about the parking, Cllr Moss.", "Slag heaps at South Bank are being cleared.",
			"Hoes and rakes for the community garden are in the shed." })
	void theWordAloneIsNot(String post) {
		assertThat(CHECKER.check(post).findings()).as(post).noneMatch((f) -> f.category() == Category.DISCRIMINATION);
	}

}
