package org.membercomms.checker.rules;

import java.util.List;

/**
 * One family of frames for {@link Predicates}: heads said in a frame of everyday words
 * rather than one word of a lexicon ({@link Frames}, {@link ThreatFrames},
 * {@link InjuryFrames}, {@link VeiledFrames}, {@link GroupFrames}). Each is asked at
 * every word and returns at once unless the word is one that starts a frame of its
 * family.
 */
interface Frame {

	/**
	 * Adds the frames that start at a word.
	 * @param post the post
	 * @param from the sentence's first word
	 * @param k the word
	 * @param to the sentence's last word
	 * @param found where to add them
	 */
	void at(Analysis post, int from, int k, int to, List<Predicate> found);

}
