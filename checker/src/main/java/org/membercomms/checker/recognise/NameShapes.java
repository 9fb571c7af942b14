package org.membercomms.checker.recognise;

import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;

/**
 * The shapes of words that can be part of a person's name: capitalised words of letters
 * and apostrophes (hyphens too right after a title), not roles or institutions.
 */
final class NameShapes {

	private NameShapes() {
	}

	/** Whether a word may be a first name or surname. */
	static boolean nameLike(Token token) {
		if (!token.capitalised() || token.norm().length() < 2 || token.has(Marks.INSTITUTION | Marks.ROLE)) {
			return false;
		}
		String w = token.norm();
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (!(Character.isLetter(c) || c == '\'')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Right after a title any capitalised word is a surname, even "Green", "Hall" or
	 * "Lane".
	 */
	static boolean surnameAfterTitle(Token token) {
		if (!token.capitalised() || token.norm().length() < 2) {
			return false;
		}
		String w = token.norm();
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (!(Character.isLetter(c) || c == '\'' || c == '-')) {
				return false;
			}
		}
		return true;
	}

}
