package org.membercomms.checker.text;

import java.util.Arrays;

/**
 * The forms a folded word may stand for: itself, with leetspeak decoded (sh1t,
 * $hit, @ss), and with letters repeated for emphasis squeezed (fuuuuck, idiooot).
 */
final class Forms {

	private Forms() {
	}

	static String[] of(String norm) {
		if (plain(norm)) {
			return new String[] { norm };
		}
		String leet = deleet(norm);
		String squeezed = squeeze(leet, 1);
		String squeezedTwo = squeeze(leet, 2);
		int count = 1;
		String[] forms = new String[4];
		forms[0] = norm;
		if (!leet.equals(norm)) {
			forms[count++] = leet;
		}
		if (!squeezed.equals(leet)) {
			forms[count++] = squeezed;
		}
		if (!squeezedTwo.equals(leet) && !squeezedTwo.equals(squeezed)) {
			forms[count++] = squeezedTwo;
		}
		return count == 1 ? new String[] { norm } : Arrays.copyOf(forms, count);
	}

	/**
	 * Whether a word is only letters a to z with no letter three times in a row: then it
	 * has no other form.
	 */
	private static boolean plain(String norm) {
		int n = norm.length();
		char before = 0;
		int run = 0;
		for (int i = 0; i < n; i++) {
			char c = norm.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
			run = (c == before) ? run + 1 : 1;
			if (run >= 3) {
				return false;
			}
			before = c;
		}
		return true;
	}

	private static String deleet(String norm) {
		int letters = 0;
		boolean symbol = false;
		for (int i = 0; i < norm.length(); i++) {
			char c = norm.charAt(i);
			if (c >= 'a' && c <= 'z') {
				letters++;
			}
			else if (leet(c) != 0) {
				symbol = true;
			}
		}
		// "sh1t", "$hit", "f4gg0t" are mostly letters; "900k" or "4m" are amounts, not
		// leetspeak
		if (letters < 2 || !symbol || letters * 2 < norm.length()) {
			return norm;
		}
		StringBuilder out = new StringBuilder(norm.length());
		for (int i = 0; i < norm.length(); i++) {
			char c = norm.charAt(i);
			char l = leet(c);
			if (l == '-') {
				continue;
			}
			out.append(l != 0 ? l : c);
		}
		return out.toString();
	}

	private static char leet(char c) {
		return switch (c) {
			case '0' -> 'o';
			case '1', '!', '|' -> 'i';
			case '3' -> 'e';
			case '4', '@' -> 'a';
			case '5', '$' -> 's';
			case '7', '+' -> 't';
			case '8' -> 'b';
			case '9' -> 'g';
			case '#' -> '-';
			default -> 0;
		};
	}

	private static String squeeze(String word, int keep) {
		int n = word.length();
		StringBuilder out = null;
		int s = 0;
		while (s < n) {
			char c = word.charAt(s);
			int e = s + 1;
			while (e < n && word.charAt(e) == c) {
				e++;
			}
			int length = e - s;
			if (length >= 3 && out == null) {
				out = new StringBuilder(n).append(word, 0, s);
			}
			if (out != null) {
				int copies = length >= 3 ? keep : length;
				for (int k = 0; k < copies; k++) {
					out.append(c);
				}
			}
			s = e;
		}
		return out == null ? word : out.toString();
	}

}
