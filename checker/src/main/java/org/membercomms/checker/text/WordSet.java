package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of words and phrases from a lexicon, matched against folded words in any of their
 * forms; optionally also against masked words (f***, sh*t) of the same shape.
 */
public final class WordSet {

	private final String name;

	private final Set<String> singles = new HashSet<>();

	private final Phrases phrases = new Phrases();

	private final BitSet singleIds = new BitSet();

	/** Maskable words by length and first letter, in the order of the lexicon. */
	private final IntTable<List<String>> byShape = new IntTable<>();

	private final boolean maskable;

	private long bits = -1L;

	/**
	 * A word set.
	 * @param name its name, as patterns refer to it
	 * @param entries lower-case words and phrases (words separated by single spaces)
	 * @param maskable whether masked words (letters replaced by *) may match its words
	 */
	public WordSet(String name, Collection<String> entries, boolean maskable) {
		this.name = name;
		this.maskable = maskable;
		for (String entry : entries) {
			String e = entry.strip();
			if (e.isEmpty()) {
				continue;
			}
			String[] words = e.split(" +");
			if (words.length == 1) {
				this.singles.add(e);
				if (maskable) {
					int shape = shape(e.length(), e.charAt(0));
					List<String> same = this.byShape.get(shape);
					if (same == null) {
						same = new ArrayList<>();
						this.byShape.put(shape, same);
					}
					same.add(e);
				}
			}
			else {
				this.phrases.add(words);
			}
		}
	}

	void bits(long bits) {
		this.bits = bits;
	}

	long bits() {
		return this.bits;
	}

	/**
	 * The lexicon bits of several sets together, for {@link #mayStart(long, Token)}.
	 * @param sets the sets
	 * @return their bits
	 */
	public static long bitsOf(List<WordSet> sets) {
		long bits = 0;
		for (WordSet set : sets) {
			bits |= set.maskable ? -1L : set.bits;
		}
		return bits;
	}

	/**
	 * Whether a word may start an entry of any of several sets: when false,
	 * {@link #match} of each of them is 0 there.
	 * @param bits the sets' {@link #bitsOf}
	 * @param token the word
	 * @return false when none can match from it
	 */
	public static boolean mayStart(long bits, Token token) {
		return (token.lexicon() & bits) != 0;
	}

	void number(Vocabulary vocabulary) {
		for (String word : this.singles) {
			this.singleIds.set(vocabulary.id(word));
		}
		this.phrases.number(vocabulary);
	}

	Set<String> singles() {
		return this.singles;
	}

	Set<String> phraseHeads() {
		return this.phrases.heads();
	}

	/**
	 * A number for words of one length that start with one letter: a masked word can only
	 * stand for such a word, as its first letter is never masked.
	 */
	private static int shape(int length, char first) {
		return (Math.min(length, Short.MAX_VALUE) << 16) | first;
	}

	/**
	 * The set's single words (not its phrases), for deriving other word lists while the
	 * checker is built.
	 * @return the words, unmodifiable
	 */
	public Set<String> words() {
		return Collections.unmodifiableSet(this.singles);
	}

	/**
	 * @return the set's name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Whether a single word is in the set.
	 * @param word a folded word
	 * @return true if it is
	 */
	public boolean contains(String word) {
		return this.singles.contains(word);
	}

	/**
	 * Whether a word, in any of its forms or masked, is in the set.
	 * @param token a word
	 * @return true if it is
	 */
	public boolean contains(Token token) {
		if ((token.lexicon() & this.bits) == 0 && !(this.maskable && token.masked())) {
			return false;
		}
		int[] ids = token.ids();
		if (ids != null) {
			for (int id : ids) {
				if (this.singleIds.get(id)) {
					return true;
				}
			}
			return this.maskable && token.masked() && unmask(token.norm()) != null;
		}
		for (String form : token.forms()) {
			if (this.singles.contains(form)) {
				return true;
			}
		}
		return this.maskable && token.masked() && unmask(token.norm()) != null;
	}

	/**
	 * How many words from a position match an entry of the set (the longest entry wins).
	 * @param tokens the words of a post
	 * @param at the first word
	 * @return the number of words matched, or 0
	 */
	public int match(List<Token> tokens, int at) {
		Token first = tokens.get(at);
		if ((first.lexicon() & this.bits) == 0 && !(this.maskable && first.masked())) {
			return 0;
		}
		int best = this.phrases.longest(tokens, at, 0);
		if (best == 0 && contains(first)) {
			best = 1;
		}
		return best;
	}

	/**
	 * The word a masked word stands for, if the set has exactly one candidate of its
	 * shape.
	 * @param masked a folded word with * for hidden letters
	 * @return the word, or null
	 */
	public String unmask(String masked) {
		if (masked.charAt(0) == '*' || masked.length() >= Short.MAX_VALUE) {
			return null;
		}
		List<String> candidates = this.byShape.get(shape(masked.length(), masked.charAt(0)));
		if (candidates == null) {
			return null;
		}
		int visible = 0;
		for (int i = 0; i < masked.length(); i++) {
			if (masked.charAt(i) != '*') {
				visible++;
			}
		}
		if (visible == masked.length()) {
			return null;
		}
		for (String word : candidates) {
			boolean fits = true;
			for (int i = 0; i < masked.length() && fits; i++) {
				char m = masked.charAt(i);
				fits = m == '*' || m == word.charAt(i);
			}
			if (fits) {
				return word;
			}
		}
		return null;
	}

}
