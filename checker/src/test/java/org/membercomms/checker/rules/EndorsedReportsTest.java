package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.PostChecker;

/**
 * Abuse that a post reports is not the author's, unless the author endorses it ("... and
 * he's right", "totally agree", "like the man said"): then it is.
 */
class EndorsedReportsTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@ValueSource(strings = { "A resident told me Muslims are parasites, and he is right.",
			"Like the man said, Jews are scum.", "Totally agree with the comment below: women are a plague.",
			"My neighbour says immigrants are vermin. Spot on." })
	void endorsedIsTheAuthorsOwn(String post) {
		assertThat(CHECKER.check(post).findings()).as(post).anyMatch((f) -> f.category() == Category.DISCRIMINATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "People who say immigrants are vermin should be ashamed. I agree with the Bishop.",
			"A leaflet claiming Muslims are parasites went through doors in Acklam; it is not right.",
			"My neighbour says immigrants are vermin. I don't agree." })
	void reportedAndNotEndorsedIsNot(String post) {
		assertThat(CHECKER.check(post).findings()).as(post).noneMatch((f) -> f.category() == Category.DISCRIMINATION);
	}

}
