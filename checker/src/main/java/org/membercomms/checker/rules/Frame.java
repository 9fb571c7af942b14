package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * One family of frames for {@link Predicates}: heads said in a frame of everyday words
 * rather than one word of a lexicon ({@link Frames}, {@link ThreatFrames},
 * {@link InjuryFrames}, {@link VeiledFrames}, {@link GroupFrames}). {@link Predicates}
 * asks each at every word whether a frame of its family can start there, and reads the
 * frames only where one can.
 */
interface Frame {

	/**
	 * Whether a frame of this family can start at a word (a cheap test of its start
	 * words).
	 * @param t the word
	 * @return true if one can
	 */
	boolean startsAt(Token t);

	/**
	 * Adds the frames that start at a word, once {@link #startsAt} said one can.
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
