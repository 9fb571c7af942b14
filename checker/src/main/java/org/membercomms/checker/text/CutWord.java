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

	CutWord(String norm, String[] forms, int[] ids, long lexicon, long classes, long formClasses) {
		this.norm = norm;
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

}
