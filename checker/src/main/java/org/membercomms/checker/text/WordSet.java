package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words and phrases from a lexicon, matched against folded words in any of their
 * forms; optionally also against masked words (f***, sh*t) of the same shape.
 */
public final class WordSet {

	private final String name;

	private final Set<String> singles = new HashSet<>();

	private final Map<String, List<String[]>> phrases = new HashMap<>();

	private final java.util.BitSet singleIds = new java.util.BitSet();

	private final Map<Integer, List<int[]>> phraseIds = new HashMap<>();

	private final java.util.BitSet phraseHeadIds = new java.util.BitSet();

	private final Map<Integer, List<String[]>> phraseWords = new HashMap<>();

	private final Map<Integer, List<String>> byLength = new HashMap<>();

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
					this.byLength.computeIfAbsent(e.length(), (k) -> new ArrayList<>()).add(e);
				}
			}
			else {
				this.phrases.computeIfAbsent(words[0], (k) -> new ArrayList<>()).add(words);
			}
		}
	}

	void bits(long bits) {
		this.bits = bits;
	}

	long bits() {
		return this.bits;
	}

	void number(Vocabulary vocabulary) {
		for (String word : this.singles) {
			this.singleIds.set(vocabulary.id(word));
		}
		this.phrases.forEach((head, list) -> {
			for (String[] phrase : list) {
				int[] ids = new int[phrase.length];
				for (int k = 0; k < phrase.length; k++) {
					ids[k] = vocabulary.id(phrase[k]);
				}
				this.phraseIds.computeIfAbsent(ids[0], (k) -> new ArrayList<>()).add(ids);
				this.phraseHeadIds.set(ids[0]);
				this.phraseWords.computeIfAbsent(ids[0], (k) -> new ArrayList<>()).add(phrase);
			}
		});
	}

	Set<String> singles() {
		return this.singles;
	}

	Set<String> phraseHeads() {
		return this.phrases.keySet();
	}

	/** @return the set's name */
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
		int best = 0;
		int[] ids = first.ids();
		if (ids != null) {
			for (int id : ids) {
				if (!this.phraseHeadIds.get(id)) {
					continue;
				}
				List<int[]> candidates = this.phraseIds.get(id);
				List<String[]> words = this.phraseWords.get(id);
				for (int c = 0; c < candidates.size(); c++) {
					int[] phrase = candidates.get(c);
					if (phrase.length > best && matches(phrase, words.get(c), tokens, at)) {
						best = phrase.length;
					}
				}
			}
			if (best == 0 && contains(first)) {
				best = 1;
			}
			return best;
		}
		for (String form : first.forms()) {
			List<String[]> candidates = this.phrases.get(form);
			if (candidates == null) {
				continue;
			}
			for (String[] phrase : candidates) {
				if (phrase.length > best && matches(phrase, tokens, at)) {
					best = phrase.length;
				}
			}
		}
		if (best == 0 && contains(first)) {
			best = 1;
		}
		return best;
	}

	private static boolean matches(int[] phrase, String[] words, List<Token> tokens, int at) {
		if (at + phrase.length > tokens.size()) {
			return false;
		}
		int sentence = tokens.get(at).sentence();
		for (int k = 1; k < phrase.length; k++) {
			Token t = tokens.get(at + k);
			if (t.sentence() != sentence || !t.is(phrase[k], words[k])) {
				return false;
			}
		}
		return true;
	}

	private static boolean matches(String[] phrase, List<Token> tokens, int at) {
		if (at + phrase.length > tokens.size()) {
			return false;
		}
		int sentence = tokens.get(at).sentence();
		for (int k = 1; k < phrase.length; k++) {
			Token t = tokens.get(at + k);
			if (t.sentence() != sentence || !t.is(phrase[k])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The word a masked word stands for, if the set has exactly one candidate of its shape.
	 * @param masked a folded word with * for hidden letters
	 * @return the word, or null
	 */
	public String unmask(String masked) {
		List<String> candidates = this.byLength.get(masked.length());
		if (candidates == null || masked.charAt(0) == '*') {
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
