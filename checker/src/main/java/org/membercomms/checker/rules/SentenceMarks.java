package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.text.Token;

/**
 * Whether the sentence of a match has a word with some marks outside the match, read once
 * a sentence: the first and last marked word of the last sentence asked about are kept,
 * as the matches of a post come in order (issue 16). One for each rule's check of one
 * post.
 */
final class SentenceMarks {

	private final long marks;

	private int sentence = -1;

	private int first;

	private int last;

	/**
	 * @param marks the marks (see {@link org.membercomms.checker.text.Marks})
	 */
	SentenceMarks(long marks) {
		this.marks = marks;
	}

	/**
	 * @param post the post
	 * @param from the first word of a match
	 * @param to its last word
	 * @return whether a word of the match's sentence before or after the match has one of
	 * the marks
	 */
	boolean outside(Analysis post, int from, int to) {
		List<Token> tokens = post.tokens();
		int sentence = tokens.get(from).sentence();
		if (sentence != this.sentence) {
			int[] bounds = post.sentenceBounds(sentence);
			int first = -1;
			int last = -1;
			for (int k = bounds[0]; k <= bounds[1]; k++) {
				if (tokens.get(k).has(this.marks)) {
					if (first < 0) {
						first = k;
					}
					last = k;
				}
			}
			post.steps().add(1 + bounds[1] - bounds[0]);
			this.sentence = sentence;
			this.first = first;
			this.last = last;
		}
		return this.first >= 0 && (this.first < from || this.last > to);
	}

}
