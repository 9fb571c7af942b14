package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Token;

/**
 * Whether the sentence of a match holds one of some words ("court", "election"), read
 * once a sentence: the matches of a post come in order, so the answer for the last
 * sentence asked about is kept, and a post of one long sentence with a match at every
 * word is read once, not once a match (issue 16). One for each rule's check of one post.
 */
final class SentenceWords {

	private final Set<String> words;

	private final int limit;

	private int sentence = -1;

	private boolean holds;

	/**
	 * @param words the words, compared with each word's folded form
	 * @param limit how many words of a sentence, from its first, are read
	 */
	SentenceWords(Set<String> words, int limit) {
		this.words = words;
		this.limit = limit;
	}

	/**
	 * @param words the words, compared with each word's folded form
	 */
	SentenceWords(Set<String> words) {
		this(words, Integer.MAX_VALUE);
	}

	/**
	 * @param post the post
	 * @param sentence one of its sentences
	 * @return whether one of the sentence's words (its first {@code limit}) is one of the
	 * words
	 */
	boolean in(Analysis post, int sentence) {
		if (sentence != this.sentence) {
			int[] bounds = post.sentenceBounds(sentence);
			List<Token> tokens = post.tokens();
			boolean found = false;
			int k = bounds[0];
			for (; k <= bounds[1] && k - bounds[0] < this.limit && !found; k++) {
				found = this.words.contains(tokens.get(k).norm());
			}
			post.steps().add(1 + k - bounds[0]);
			this.sentence = sentence;
			this.holds = found;
		}
		return this.holds;
	}

}
