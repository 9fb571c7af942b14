package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.WordClass;

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

	/**
	 * Registers the words that start a family's frames: every word of the sets given.
	 * @param lexicons the lexicons
	 * @param name the class's name
	 * @param sets the sets of starting words
	 * @return the class
	 */
	@SafeVarargs
	static WordClass starts(Lexicons lexicons, String name, Set<String>... sets) {
		return lexicons.wordClass(name, Stream.of(sets).flatMap(Set::stream).collect(Collectors.toSet()));
	}

}
