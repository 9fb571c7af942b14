package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Misspelt predicate heads read through: a word of five letters or more that no lexicon
 * knows and that is one edit from a head of five letters or more (two adjacent letters
 * swapped, "vremin"; a letter inside the word dropped, "vermn"; a letter doubled,
 * "verrmin") stands for that head, and so do two short words that together spell one
 * ("ver min"). Shorter heads ("kill", "hate") stay exact, as one edit from them is too
 * often another word; so does a head's first or last letter, as a word without it is
 * mostly a real word ("drunk" for "drunks", "warm" for "swarm").
 */
final class Variants {

	/** The shortest head a variant may stand for. */
	static final int SHORTEST = 5;

	/** The longest word tried: the heads are shorter, and it keeps each try bounded. */
	static final int LONGEST = 24;

	/**
	 * The steps one letter of a tried word costs: a swapped, a doubled and a dropped form
	 * at each letter, each built and hashed.
	 */
	static final int STEPS_PER_LETTER = 3 * LONGEST;

	private final Set<String> heads = new HashSet<>();

	/**
	 * The words of the slots of the composition layer ("belong" in "belong in a zoo",
	 * "hiding"): only a swap or a doubled letter is read through to them, as dropping a
	 * letter of a verb makes too many real words ("shipped", "sipped").
	 */
	private final Set<String> slotWords = new HashSet<>();

	/**
	 * Each head with one letter inside it dropped, to the head ("" when two heads give
	 * the same).
	 */
	private final Map<String, String> dropped = new HashMap<>();

	/** The first parts of heads cut in two ("ver" of "vermin"). */
	private final Set<String> firstParts = new HashSet<>();

	/** The last parts of heads cut in two ("min" of "vermin"). */
	private final Set<String> lastParts = new HashSet<>();

	Variants(Collection<String> words) {
		for (String word : words) {
			if (word.length() >= SHORTEST && word.length() <= LONGEST && letters(word)) {
				this.heads.add(word);
			}
		}
		for (String head : this.heads) {
			for (int i = 1; i + 1 < head.length(); i++) {
				String key = head.substring(0, i) + head.substring(i + 1);
				this.dropped.merge(key, head, (a, b) -> a.equals(b) ? a : "");
			}
			for (int i = 1; i < head.length(); i++) {
				this.firstParts.add(head.substring(0, i));
				this.lastParts.add(head.substring(i));
			}
		}
	}

	/**
	 * Adds the words of the slots (while the checker is being built).
	 * @param words single words; those shorter than {@link #SHORTEST} are left out
	 */
	void addSlotWords(Collection<String> words) {
		for (String word : words) {
			if (word.length() >= SHORTEST && word.length() <= LONGEST && letters(word)) {
				this.slotWords.add(word);
			}
		}
	}

	/**
	 * @return the first parts of heads cut in two ("ver" of "vermin")
	 */
	Set<String> firstParts() {
		return this.firstParts;
	}

	/**
	 * The head that one of a word's forms is one edit from.
	 * @param forms the forms of a word that no lexicon knows
	 * @return the head, or null when there is none
	 */
	String head(String[] forms) {
		for (String form : forms) {
			String head = head(form);
			if (head != null) {
				return head;
			}
		}
		return null;
	}

	/**
	 * The head a word is one edit from.
	 * @param word a folded word that no lexicon knows
	 * @return the head, or null when there is none
	 */
	String head(String word) {
		int n = word.length();
		if (n < SHORTEST || n > LONGEST || !letters(word)) {
			return null;
		}
		String missing = this.dropped.get(word);
		if (missing != null && !missing.isEmpty()) {
			return missing;
		}
		char[] chars = word.toCharArray();
		for (int i = 0; i + 1 < n; i++) {
			if (chars[i] == chars[i + 1]) {
				String single = word.substring(0, i) + word.substring(i + 1);
				if (single.length() >= SHORTEST && known(single)) {
					return single;
				}
				continue;
			}
			swap(chars, i);
			String swapped = new String(chars);
			swap(chars, i);
			if (known(swapped)) {
				return swapped;
			}
		}
		return null;
	}

	/**
	 * Joins two adjacent short words of a sentence that together spell a head ("ver min",
	 * "an imals") and that are not each a head.
	 * @param tokens the words of a post
	 * @param firstPartBit the lexicon bit of the first parts of heads
	 * @param steps the check's counter
	 * @return the words, joined where they spell a head
	 */
	List<Token> join(List<Token> tokens, long firstPartBit, Steps steps) {
		List<Token> out = null;
		int size = tokens.size();
		steps.add(size);
		int k = 0;
		while (k < size) {
			Token first = tokens.get(k);
			boolean mayJoin = k + 1 < size && (first.lexicon() & firstPartBit) != 0;
			String joined = mayJoin ? joined(first, tokens.get(k + 1)) : null;
			if (joined != null) {
				steps.add(2L * joined.length());
			}
			if (joined != null && this.heads.contains(joined)) {
				if (out == null) {
					out = new ArrayList<>(tokens.subList(0, k));
				}
				out.add(new Token(out.size(), first.start(), tokens.get(k + 1).end(), joined, new String[] { joined },
						first.sentence(), first.capitalised(), false, first.quoted()));
				k += 2;
				continue;
			}
			if (out != null) {
				out.add(first.at(out.size()));
			}
			k++;
		}
		return out == null ? tokens : out;
	}

	/** The two words written together, when they could be one head cut in two. */
	private String joined(Token first, Token second) {
		String a = first.norm();
		String b = second.norm();
		if (a.length() > LONGEST || b.length() > LONGEST || !this.firstParts.contains(a) || !this.lastParts.contains(b)
				|| first.sentence() != second.sentence() || a.length() + b.length() < SHORTEST || !letters(a)
				|| !letters(b) || this.heads.contains(a) || this.heads.contains(b)) {
			return null;
		}
		return a + b;
	}

	private boolean known(String word) {
		return this.heads.contains(word) || this.slotWords.contains(word);
	}

	private static void swap(char[] chars, int i) {
		char c = chars[i];
		chars[i] = chars[i + 1];
		chars[i + 1] = c;
	}

	private static boolean letters(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return !word.isEmpty();
	}

}
