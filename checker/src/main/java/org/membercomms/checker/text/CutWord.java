package org.membercomms.checker.text;

/**
 * A word as it was cut and annotated once, shared by every post it appears in: its folded
 * form, the forms it may stand for, and what the lexicons know of it. Immutable, so that
 * threads may share it without locks.
 */
final class CutWord {

	final String norm;

	final String[] forms;

	final int[] ids;

	final long lexicon;

	final long classes;

	final long formClasses;

	/**
	 * Which pattern elements the word can start a match of, by the numbers
	 * {@link Lexicons#registerStarts} gave them, or null for none.
	 */
	final long[] starts;

	/**
	 * What another part of the checker worked out from this word alone (the classifier's
	 * features), kept here so that later posts with the word read it rather than look it
	 * up. Written without a lock: it holds an immutable object or nothing.
	 */
	Object memo;

	/** Whether the word hides letters behind asterisks. */
	final boolean masked;

	/**
	 * The word's length and chars packed in one number when it has at most seven chars
	 * below 256, so that a look-up can recognise it without reading its text; otherwise
	 * {@link #UNPACKED}.
	 */
	private final long packed;

	private static final long UNPACKED = -1L;

	CutWord(String norm, String[] forms, int[] ids, long lexicon, long classes, long formClasses) {
		this(norm, forms, ids, lexicon, classes, formClasses, null);
	}

	CutWord(String norm, String[] forms, int[] ids, long lexicon, long classes, long formClasses, long[] starts) {
		this.norm = norm;
		this.starts = starts;
		this.masked = norm.indexOf('*') >= 0;
		this.packed = pack(norm);
		this.forms = forms;
		this.ids = ids;
		this.lexicon = lexicon;
		this.classes = classes;
		this.formClasses = formClasses;
	}

	/**
	 * Whether this word is spelled by the chars of a folded text.
	 * @param f the folded text
	 * @param from first char
	 * @param to end (exclusive)
	 * @return true when they are the same chars
	 */
	boolean spells(char[] f, int from, int to) {
		if (this.packed != UNPACKED) {
			return this.packed == pack(f, from, to);
		}
		String norm = this.norm;
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

	private static long pack(String word) {
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
	 * @return the chars packed as {@link #packed} packs a word's, or a value no packed
	 * word has
	 */
	private static long pack(char[] f, int from, int to) {
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

}
