package org.membercomms.checker.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * The weights a check reads each word of a post by: a word's fitted weights with the
 * weights of the WordNet classes it is a kind of ({@link WordHypernyms}) added once, when
 * the model is made, so that scoring looks a word up once however many classes it has
 * (ADR 34). This is the linear model's own sum done ahead, not a cache: nothing is kept
 * about posts. Immutable and thread-safe.
 */
final class WordWeights {

	/**
	 * How far a word the reading never saw must be moved towards or away from a harm by
	 * its classes to be read at all: less than this changes no reading that matters, and
	 * leaving such words out keeps the table of unseen words small.
	 */
	static final double SAYS = 0.3;

	/** Each word the model was fitted on, with its classes' weights added. */
	private final Map<String, float[]> fitted;

	/**
	 * Each word it was never fitted on whose classes say something ({@link #SAYS}): their
	 * weights alone. Apart from {@link #fitted}, so that the words most posts use are
	 * looked up in a table no larger than the fitted vocabulary.
	 */
	private final Map<String, float[]> unseen = new HashMap<>();

	/**
	 * @param words each single word's and each class's fitted weights
	 * @param hypernyms what kind of thing each word names
	 */
	WordWeights(Map<String, float[]> words, WordHypernyms hypernyms) {
		this.fitted = new HashMap<>(words);
		hypernyms.weigh(words).forEach((word, classes) -> {
			float[] own = this.fitted.get(word);
			if (own != null) {
				this.fitted.put(word, plus(own, classes));
			}
			else if (says(classes)) {
				this.unseen.put(word, classes);
			}
		});
	}

	/**
	 * @param word a word as the reading names it
	 * @return its weights with its classes', or null for a word that counts for nothing
	 */
	float[] of(String word) {
		float[] w = this.fitted.get(word);
		return w != null ? w : this.unseen.get(word);
	}

	/** Whether a word's classes' weights move it towards or away from a harm by SAYS. */
	private static boolean says(float[] w) {
		for (int k = 1; k < w.length; k++) {
			if (Math.abs(w[k] - w[Hostility.NONE.ordinal()]) >= SAYS) {
				return true;
			}
		}
		return false;
	}

	private static float[] plus(float[] a, float[] b) {
		float[] sum = a.clone();
		for (int k = 0; k < sum.length; k++) {
			sum[k] += b[k];
		}
		return sum;
	}

}
