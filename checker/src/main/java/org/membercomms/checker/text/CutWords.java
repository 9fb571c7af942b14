package org.membercomms.checker.text;

/**
 * The words met before, each cut and annotated once (see {@link CutWord}): most words of
 * a post are common words, so cutting a post mostly finds its words here instead of
 * building their forms and looking them up in the vocabulary again. A fixed table with
 * four slots a word: it never grows, and a word replaces another only when all four are
 * taken. Threads share it without locks: a slot holds an immutable word or nothing, and a
 * lost write only costs a later look-up.
 */
final class CutWords {

	private static final int BITS = 14;

	private static final int WAYS = 4;

	/** Longer words are not kept, so that no input can fill the table with junk. */
	static final int LONGEST = 24;

	private final CutWord[] slots = new CutWord[1 << BITS];

	/**
	 * The hash of each slot's word, so that a look-up reads only the word it finds rather
	 * than every word of the set.
	 */
	private final int[] hashes = new int[1 << BITS];

	/** The lexicon bits the words were annotated with: new bits mean a new table. */
	final long[] basis;

	CutWords(long[] basis) {
		this.basis = basis;
	}

	/**
	 * The hash {@link String#hashCode()} gives the same chars.
	 * @param f the folded text
	 * @param from first char
	 * @param to end (exclusive)
	 * @return the hash
	 */
	static int hash(char[] f, int from, int to) {
		int h = 0;
		for (int k = from; k < to; k++) {
			h = 31 * h + f[k];
		}
		return h;
	}

	/**
	 * @return the word spelled by the chars, or null when it is not kept
	 */
	CutWord get(char[] f, int from, int to, int hash) {
		CutWord[] slots = this.slots;
		int set = set(hash);
		int[] hashes = this.hashes;
		for (int k = set; k < set + WAYS; k++) {
			if (hashes[k] == hash) {
				CutWord word = slots[k];
				if (word != null && word.spells(f, from, to)) {
					return word;
				}
			}
		}
		return null;
	}

	void put(CutWord word, int hash) {
		CutWord[] slots = this.slots;
		int set = set(hash);
		for (int k = set; k < set + WAYS; k++) {
			if (slots[k] == null) {
				this.hashes[k] = hash;
				slots[k] = word;
				return;
			}
		}
		int k = set + (hash & (WAYS - 1));
		this.hashes[k] = hash;
		slots[k] = word;
	}

	private static int set(int hash) {
		return ((hash * 0x9E3779B1) >>> (32 - BITS)) & -WAYS;
	}

}
