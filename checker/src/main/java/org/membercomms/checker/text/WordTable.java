package org.membercomms.checker.text;

/**
 * The checker's word table, and the one place its speed machinery for single words lives
 * (ADR 16). Each distinct word is cut and annotated once ({@link CutWord}) and kept here,
 * so that cutting a post mostly finds its words instead of building their forms and
 * looking them up in the vocabulary again. The tricks, each behind a small method:
 * <ul>
 * <li>a fixed table with four slots a word ({@link #get}, {@link #put}): it never grows,
 * and a word replaces another only when all four are taken. Threads share it without
 * locks: a slot holds an immutable word or nothing, and a lost write only costs a later
 * look-up;</li>
 * <li>a short word's chars packed in one {@code long} ({@link #key(String)},
 * {@link #spells}), so that a look-up recognises it without reading its text;</li>
 * <li>the set of pattern elements a word can start, as bits ({@link #union},
 * {@link #starts(long[], int)}), numbered by {@link Lexicons#registerStarts};</li>
 * <li>the same kind of fixed four-way table for what another part of the checker works
 * out from a word's text ({@link Cache}): the classifier's features of words not kept
 * here (mentions, long words) or not yet known.</li>
 * </ul>
 * Only {@link Cache} and its {@link Cached} are public; everything else is internal to
 * the text package. The pattern filters stay in {@link Patterns}. A slot on each word for
 * the classifier's features was measured beside the cache, did not pay, and was removed
 * (ADR 16).
 */
public final class WordTable {

	private static final int BITS = 14;

	private static final int WAYS = 4;

	/** Longer words are not kept, so that no input can fill the table with junk. */
	static final int LONGEST = 24;

	/** The key of a word too long or too wide to pack in one number. */
	private static final long UNPACKED = -1L;

	private final CutWord[] slots = new CutWord[1 << BITS];

	/**
	 * The hash of each slot's word, so that a look-up reads only the word it finds rather
	 * than every word of the set.
	 */
	private final int[] hashes = new int[1 << BITS];

	/** The lexicon bits the words were annotated with: new bits mean a new table. */
	final long[] basis;

	WordTable(long[] basis) {
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
				if (word != null && spells(word, f, from, to)) {
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

	/**
	 * Whether a word is spelled by the chars of a folded text.
	 * @param word the word
	 * @param f the folded text
	 * @param from first char
	 * @param to end (exclusive)
	 * @return true when they are the same chars
	 */
	static boolean spells(CutWord word, char[] f, int from, int to) {
		if (word.key != UNPACKED) {
			return word.key == key(f, from, to);
		}
		String norm = word.norm;
		if (norm.length() != to - from) {
			return false;
		}
		for (int k = from; k < to; k++) {
			if (norm.charAt(k - from) != f[k]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A word's length and chars packed in one number when it has at most seven chars
	 * below 256, so that {@link #spells} can recognise it without reading its text.
	 * @param word the folded word
	 * @return the number, or {@link #UNPACKED}
	 */
	static long key(String word) {
		int n = word.length();
		if (n > 7) {
			return UNPACKED;
		}
		long packed = n;
		for (int k = 0; k < n; k++) {
			char c = word.charAt(k);
			if (c > 0xFF) {
				return UNPACKED;
			}
			packed = (packed << 8) | c;
		}
		return packed;
	}

	/**
	 * @return the chars packed as {@link #key(String)} packs a word's, or a value no
	 * packed word has
	 */
	private static long key(char[] f, int from, int to) {
		int n = to - from;
		if (n > 7) {
			return UNPACKED - 1;
		}
		long packed = n;
		for (int k = from; k < to; k++) {
			char c = f[k];
			if (c > 0xFF) {
				return UNPACKED - 1;
			}
			packed = (packed << 8) | c;
		}
		return packed;
	}

	/**
	 * Whether a word's start set holds a pattern element.
	 * @param starts the word's start set, or null for none
	 * @param element the element's number from {@link Lexicons#registerStarts}
	 * @return true when the element's bit is set
	 */
	static boolean starts(long[] starts, int element) {
		return starts != null && (starts[element >>> 6] & (1L << element)) != 0;
	}

	/**
	 * The union of two start sets.
	 * @param starts the set so far, or null; never changed
	 * @param more a vocabulary word's set, shared, never changed
	 * @return the union (one of the two when that is enough)
	 */
	static long[] union(long[] starts, long[] more) {
		if (starts == null || starts == more) {
			return more;
		}
		long[] both = starts.clone();
		for (int k = 0; k < both.length; k++) {
			both[k] |= more[k];
		}
		return both;
	}

	/**
	 * A value that a {@link Cache} keeps by the text it was worked out from.
	 */
	public interface Cached {

		/**
		 * @return the text the value was worked out from
		 */
		String form();

	}

	/**
	 * What another part of the checker works out from a word's text, kept by the text: a
	 * fixed table where a value takes one of four slots, replacing an older one only when
	 * all four are taken, so bounded. Its values must be immutable and exact (a word gets
	 * the same whether it was kept or not), so that threads may share it without locks: a
	 * slot holds a value or nothing, and a lost write only costs working it out again.
	 *
	 * @param <V> what is kept
	 */
	public static final class Cache<V extends Cached> {

		private final int shift;

		private final int longest;

		private final Cached[] slots;

		/**
		 * The hash of each slot's text, so that a look-up reads only the value it finds.
		 */
		private final int[] hashes;

		/**
		 * An empty table.
		 * @param bits the table has {@code 2^bits} slots
		 * @param longest longer texts are not kept, so that no input can fill the heap
		 */
		public Cache(int bits, int longest) {
			this.shift = 32 - bits;
			this.longest = longest;
			this.slots = new Cached[1 << bits];
			this.hashes = new int[1 << bits];
		}

		/**
		 * @param form a text
		 * @return the value kept for it, or null
		 */
		@SuppressWarnings("unchecked")
		public V get(String form) {
			int h = form.hashCode();
			int set = set(h);
			Cached[] slots = this.slots;
			int[] hashes = this.hashes;
			for (int k = set; k < set + WAYS; k++) {
				if (hashes[k] == h) {
					Cached cached = slots[k];
					if (cached != null && cached.form().equals(form)) {
						return (V) cached;
					}
				}
			}
			return null;
		}

		/**
		 * Keeps a value by its text (unless the text is too long): in a free slot of its
		 * four, or in place of one.
		 * @param value the value
		 */
		public void put(V value) {
			String form = value.form();
			if (form.length() > this.longest) {
				return;
			}
			int h = form.hashCode();
			int set = set(h);
			Cached[] slots = this.slots;
			int k = set + (h & (WAYS - 1));
			for (int free = set; free < set + WAYS; free++) {
				if (slots[free] == null) {
					k = free;
					break;
				}
			}
			this.hashes[k] = h;
			slots[k] = value;
		}

		private int set(int hash) {
			return ((hash * 0x9E3779B1) >>> this.shift) & -WAYS;
		}

	}

}
