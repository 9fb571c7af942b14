package org.membercomms.checker.wordnet;

import java.util.List;
import java.util.Set;

/**
 * How one derived word class is drawn from WordNet: the part of speech, the senses it
 * starts from and how a lemma is let in.
 *
 * @param name the lexicon's file name without {@code .txt}
 * @param pos {@code noun}, {@code verb}, {@code verb-present} (a verb written only in the
 * present: base form and third person) or {@code adj}
 * @param roots senses such as {@code kill.1}: with {@link Selection#BELOW}, every synset
 * below them; with {@link Selection#SYNONYMS}, only their own words
 * @param selection how a lemma is let in
 * @param rejects lemmas let in by a sense too rare or too technical for how people use
 * the word, each left out by hand and listed here
 * @param purpose one line for the file's header
 */
record WordClass(String name, String pos, List<String> roots, Selection selection, Set<String> rejects,
		String purpose) {

	/** How a lemma is let into a class. */
	enum Selection {

		/**
		 * Its most frequent sense is below a root, the senses below the roots carry at
		 * least half its tagged uses, and (for a verb) it is not used more often as a
		 * noun.
		 */
		BELOW,

		/**
		 * Its most frequent sense is below a root and it has tagged uses at all: a common
		 * word, not a species' Latin name.
		 */
		BELOW_COMMON,

		/**
		 * Some sense is below a root and those senses carry at least half its tagged
		 * uses, or it has none tagged and its first sense is below a root: the person
		 * senses of "leech" and "snake" count.
		 */
		ANY_SENSE,

		/** The words of the roots themselves. */
		SYNONYMS

	}

}
