package org.membercomms.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.membercomms.members.MemberId;

/**
 * One try at the e-learning quiz: the questions drawn and, once submitted, the answers
 * and the score.
 *
 * @param id the attempt
 * @param member the Member taking it
 * @param questions the questions drawn, in order
 * @param answers the index of each answer given, or {@code null} before submission
 * @param score the number right, or {@code null}
 * @param passed whether it passed, or {@code null}
 * @param submittedAt when it was submitted, or {@code null}
 */
public record QuizAttempt(UUID id, MemberId member, List<QuizQuestion> questions, List<Integer> answers, Integer score,
		Boolean passed, Instant submittedAt) {

	public boolean submitted() {
		return this.submittedAt != null;
	}

	/**
	 * @return each question with the answer given, once submitted
	 */
	public List<Marked> marked() {
		if (!submitted()) {
			return List.of();
		}
		return java.util.stream.IntStream.range(0, this.questions.size())
			.mapToObj(index -> new Marked(index + 1, this.questions.get(index), this.answers.get(index)))
			.toList();
	}

	/**
	 * A question with the answer given.
	 *
	 * @param number its number in the quiz
	 * @param question the question
	 * @param given the index of the answer given
	 */
	public record Marked(int number, QuizQuestion question, int given) {

		public boolean right() {
			return this.given == this.question.correct();
		}

		public String givenText() {
			return this.question.options().get(this.given);
		}

		public String correctText() {
			return this.question.options().get(this.question.correct());
		}

	}

	/**
	 * @param answers the index of each answer given
	 * @param passMark the percentage needed to pass
	 * @return how many are right, and whether that passes
	 */
	static int score(List<QuizQuestion> questions, List<Integer> answers) {
		int right = 0;
		for (int index = 0; index < questions.size(); index++) {
			if (answers.get(index) == questions.get(index).correct()) {
				right++;
			}
		}
		return right;
	}

	static boolean passes(int right, int total, int passMark) {
		return right * 100 >= passMark * total;
	}

}
