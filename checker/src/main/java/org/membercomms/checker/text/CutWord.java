package org.membercomms.checker.text;

/**
 * A word as it was cut and annotated once, shared by every post it appears in: its folded
 * form, the forms it may stand for, and what the lexicons know of it. Immutable, so that
 * threads may share it without locks. Kept in the {@link WordTable}.
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

	/** Whether the word hides letters behind asterisks. */
	final boolean masked;

	/** The word's chars packed in one number when short (see {@link WordTable#key}). */
	final long key;

	CutWord(String norm, String[] forms, int[] ids, long lexicon, long classes, long formClasses) {
		this(norm, forms, ids, lexicon, classes, formClasses, null);
	}

	CutWord(String norm, String[] forms, int[] ids, long lexicon, long classes, long formClasses, long[] starts) {
		this.norm = norm;
		this.starts = starts;
		this.masked = norm.indexOf('*') >= 0;
		this.key = WordTable.key(norm);
		this.forms = forms;
		this.ids = ids;
		this.lexicon = lexicon;
		this.classes = classes;
		this.formClasses = formClasses;
	}

}
