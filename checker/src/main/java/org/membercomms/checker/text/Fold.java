package org.membercomms.checker.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds one code point to the plain lower-case Latin it looks like: case, accents,
 * compatibility forms (full-width, mathematical bold) and common Cyrillic and Greek
 * look-alikes (the confusables that evade word filters).
 */
final class Fold {

	/** Code points that vanish: zero-width and formatting characters, soft hyphens. */
	static final String REMOVED = "";

	private static final Map<Integer, String> CONFUSABLES = Map.ofEntries(
			// Cyrillic
			Map.entry(0x0430, "a"), Map.entry(0x0435, "e"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
			Map.entry(0x0441, "c"), Map.entry(0x0445, "x"), Map.entry(0x0443, "y"), Map.entry(0x0456, "i"),
			Map.entry(0x0458, "j"), Map.entry(0x0455, "s"), Map.entry(0x04BB, "h"), Map.entry(0x0501, "d"),
			Map.entry(0x051B, "q"), Map.entry(0x051D, "w"), Map.entry(0x043A, "k"), Map.entry(0x0432, "b"),
			Map.entry(0x043D, "h"), Map.entry(0x0442, "t"), Map.entry(0x043C, "m"), Map.entry(0x0433, "r"),
			Map.entry(0x0410, "a"), Map.entry(0x0412, "b"), Map.entry(0x0415, "e"), Map.entry(0x041A, "k"),
			Map.entry(0x041C, "m"), Map.entry(0x041D, "h"), Map.entry(0x041E, "o"), Map.entry(0x0420, "p"),
			Map.entry(0x0421, "c"), Map.entry(0x0422, "t"), Map.entry(0x0425, "x"), Map.entry(0x0423, "y"),
			Map.entry(0x0406, "i"), Map.entry(0x0405, "s"), Map.entry(0x0408, "j"),
			// Greek
			Map.entry(0x03B1, "a"), Map.entry(0x03BF, "o"), Map.entry(0x03B5, "e"), Map.entry(0x03B9, "i"),
			Map.entry(0x03BA, "k"), Map.entry(0x03BD, "v"), Map.entry(0x03C1, "p"), Map.entry(0x03C4, "t"),
			Map.entry(0x03C5, "u"), Map.entry(0x03C7, "x"), Map.entry(0x0391, "a"), Map.entry(0x0392, "b"),
			Map.entry(0x0395, "e"), Map.entry(0x0396, "z"), Map.entry(0x0397, "h"), Map.entry(0x0399, "i"),
			Map.entry(0x039A, "k"), Map.entry(0x039C, "m"), Map.entry(0x039D, "n"), Map.entry(0x039F, "o"),
			Map.entry(0x03A1, "p"), Map.entry(0x03A4, "t"), Map.entry(0x03A5, "y"), Map.entry(0x03A7, "x"),
			// Latin oddities and punctuation look-alikes
			Map.entry(0x0131, "i"), Map.entry(0x0251, "a"), Map.entry(0x0261, "g"), Map.entry(0x01C0, "l"),
			Map.entry(0x00DF, "ss"), Map.entry(0x00E6, "ae"), Map.entry(0x0153, "oe"), Map.entry(0x00F8, "o"),
			Map.entry(0x0142, "l"), Map.entry(0x0111, "d"), Map.entry(0x2019, "'"), Map.entry(0x2018, "'"),
			Map.entry(0x02BC, "'"), Map.entry(0x2032, "'"), Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"),
			Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
			Map.entry(0x2014, "-"), Map.entry(0x2212, "-"), Map.entry(0x00A0, " "), Map.entry(0x2022, " "),
			Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x00AB, "\""),
			Map.entry(0x00BB, "\""), Map.entry(0x2217, "*"), Map.entry(0xFF0A, "*"), Map.entry(0x2731, "*"));

	private static final String[] BMP = new String[0x10000];

	private static final Map<Integer, String> SUPPLEMENTARY = new ConcurrentHashMap<>();

	private Fold() {
	}

	/**
	 * The folded form of one code point.
	 * @param cp a code point (unpaired surrogates included)
	 * @return lower-case text, possibly empty, never null
	 */
	static String of(int cp) {
		if (cp < 0x80) {
			if (cp >= 'A' && cp <= 'Z') {
				return ASCII_LOWER[cp - 'A'];
			}
			if (cp < 0x20 && cp != '\n') {
				return " ";
			}
			return ASCII[cp];
		}
		if (cp < 0x10000) {
			String folded = BMP[cp];
			if (folded == null) {
				folded = compute(cp);
				BMP[cp] = folded;
			}
			return folded;
		}
		return SUPPLEMENTARY.computeIfAbsent(cp, Fold::compute);
	}

	private static final String[] ASCII = new String[0x80];

	private static final String[] ASCII_LOWER = new String[26];

	static {
		for (int c = 0; c < 0x80; c++) {
			ASCII[c] = String.valueOf((char) c);
		}
		for (int c = 0; c < 26; c++) {
			ASCII_LOWER[c] = String.valueOf((char) ('a' + c));
		}
	}

	private static String compute(int cp) {
		if (Character.isSurrogate((char) cp) && cp < 0x10000) {
			return " ";
		}
		String confusable = CONFUSABLES.get(cp);
		if (confusable != null) {
			return confusable;
		}
		int type = Character.getType(cp);
		if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK) {
			return REMOVED;
		}
		if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
			return cp == 0x85 ? "\n" : " ";
		}
		if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
			return "\n";
		}
		if (type == Character.SPACE_SEPARATOR) {
			return " ";
		}
		String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((c) -> {
			int t = Character.getType(c);
			if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
					|| t == Character.COMBINING_SPACING_MARK || t == Character.FORMAT) {
				return;
			}
			String again = CONFUSABLES.get(c);
			if (again != null) {
				out.append(again);
			}
			else {
				out.appendCodePoint(Character.toLowerCase(c));
			}
		});
		return out.toString();
	}

}
