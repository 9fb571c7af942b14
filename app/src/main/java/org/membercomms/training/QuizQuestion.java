package org.membercomms.training;

import java.util.List;

/**
 * A scenario question of the e-learning quiz.
 *
 * @param id stable across releases, so attempts can be read back
 * @param scenario the situation and the draft post
 * @param question what is asked
 * @param options the answers offered
 * @param correct the index of the right answer
 * @param feedback why, in plain English
 * @param section the key of the protocol section that explains it ({@code /protocol#key})
 */
public record QuizQuestion(String id, String scenario, String question, List<String> options, int correct,
		String feedback, String section) {

	public String sectionHref() {
		return "/protocol#" + this.section;
	}

}
