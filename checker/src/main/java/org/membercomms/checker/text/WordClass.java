package org.membercomms.checker.text;

import java.util.Set;

/**
 * A small closed list of words (titles, pronouns, negations, cue words) that rules and
 * recognisers test words against. Registered once with the {@link Lexicons}, so that the
 * test on an annotated word is a bit test instead of hashing its text again.
 */
public final class WordClass {

	private final Set<String> words;

	private final long bit;

	WordClass(Set<String> words, long bit) {
		this.words = words;
		this.bit = bit;
	}

	/**
	 * A word class that is not registered with the lexicons: its tests hash the word.
	 * @param words lower-case single words
	 * @return the class
	 */
	public static WordClass of(Set<String> words) {
		return new WordClass(Set.copyOf(words), 0);
	}

	/**
	 * A class registered with the lexicons under a name, or an unregistered one when
	 * there is none.
	 * @param lexicons the lexicons
	 * @param name the name it was registered under
	 * @param words its words
	 * @return the class
	 */
	public static WordClass of(Lexicons lexicons, String name, Set<String> words) {
		WordClass registered = lexicons.wordClass(name);
		return registered != null ? registered : of(words);
	}

	/**
	 * Whether a word's folded form (not its other forms) is in the list.
	 * @param token a word
	 * @return true if it is
	 */
	public boolean contains(Token token) {
		if (this.bit != 0 && token.ids() != null) {
			return (token.classes() & this.bit) != 0;
		}
		return this.words.contains(token.norm());
	}

	/**
	 * Whether a word is in the list in any of its forms (as {@link Token#is(String...)}
	 * tests).
	 * @param token a word
	 * @return true if it is
	 */
	public boolean containsAnyForm(Token token) {
		if (this.bit != 0 && token.ids() != null) {
			return (token.formClasses() & this.bit) != 0;
		}
		for (String form : token.forms()) {
			if (this.words.contains(form)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a folded word is in the list.
	 * @param word a folded word
	 * @return true if it is
	 */
	public boolean contains(String word) {
		return this.words.contains(word);
	}

}
