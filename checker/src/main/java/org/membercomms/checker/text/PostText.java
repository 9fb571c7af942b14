package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The text of a post cut into words that see through case, accents, look-alike letters,
 * invisible characters, leetspeak and masked words, each word keeping its place in the
 * original text. Runs in time linear in the length of the text.
 */
public final class PostText {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "cllr", "st", "rev", "revd",
			"prof", "no", "nos", "cllrs", "fig", "eg", "ie", "etc", "vs", "v", "approx", "ltd", "co", "inc", "jr",
			"sr");

	private final String original;

	private final List<Token> tokens;

	private final int sentences;

	private PostText(String original, List<Token> tokens, int sentences) {
		this.original = original;
		this.tokens = tokens;
		this.sentences = sentences;
	}

	/**
	 * @return the text as written
	 */
	public String original() {
		return this.original;
	}

	/**
	 * @return the words in order
	 */
	public List<Token> tokens() {
		return this.tokens;
	}

	/**
	 * @return how many sentences (or lines) the text has
	 */
	public int sentences() {
		return this.sentences;
	}

	/**
	 * Cuts a text into words.
	 * @param text the original text
	 * @param spelledOut which words, once found spelled out letter by letter ("f u c k"),
	 * are joined into one
	 * @return the words
	 */
	public static PostText of(String text, Predicate<String> spelledOut) {
		int length = text.length();
		StringBuilder folded = new StringBuilder(length + 16);
		int[] from = new int[length + 16];
		int[] to = new int[length + 16];
		boolean[] upper = new boolean[length + 16];
		int i = 0;
		while (i < length) {
			char ch = text.charAt(i);
			if (ch >= 0x20 && ch < 0x7F) {
				int at = folded.length();
				if (at >= from.length) {
					from = Arrays.copyOf(from, from.length * 2);
					to = Arrays.copyOf(to, to.length * 2);
					upper = Arrays.copyOf(upper, upper.length * 2);
				}
				boolean isUpper = ch >= 'A' && ch <= 'Z';
				folded.append(isUpper ? (char) (ch + 32) : ch);
				from[at] = i;
				to[at] = i + 1;
				upper[at] = isUpper;
				i++;
				continue;
			}
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			String f = Fold.of(cp);
			boolean isUpper = Character.isUpperCase(cp);
			for (int k = 0; k < f.length(); k++) {
				int at = folded.length();
				if (at >= from.length) {
					from = Arrays.copyOf(from, from.length * 2);
					to = Arrays.copyOf(to, to.length * 2);
					upper = Arrays.copyOf(upper, upper.length * 2);
				}
				folded.append(f.charAt(k));
				from[at] = i;
				to[at] = next;
				upper[at] = isUpper;
			}
			i = next;
		}
		return cut(text, folded, from, to, upper, spelledOut);
	}

	private static boolean core(char c) {
		return Character.isLetterOrDigit(c) || c == '*' || c == '$' || c == '@';
	}

	private static boolean inner(char c) {
		return c == '!' || c == '|' || c == '\'' || c == '#';
	}

	private static PostText cut(String text, CharSequence f, int[] from, int[] to, boolean[] upper,
			Predicate<String> spelledOut) {
		int n = f.length();
		List<Token> tokens = new ArrayList<>(n / 5 + 4);
		int sentence = 0;
		boolean doubleQuoted = false;
		boolean singleQuoted = false;
		boolean sentencePending = false;
		int i = 0;
		while (i < n) {
			char c = f.charAt(i);
			if (c == '\n') {
				doubleQuoted = false;
				singleQuoted = false;
				sentencePending = true;
				i++;
				continue;
			}
			if (c == '"') {
				doubleQuoted = !doubleQuoted;
				i++;
				continue;
			}
			if (c == '\'' && !(i > 0 && Character.isLetterOrDigit(f.charAt(i - 1)))) {
				if (i + 1 < n && Character.isLetterOrDigit(f.charAt(i + 1))) {
					singleQuoted = true;
				}
				else {
					singleQuoted = false;
				}
				i++;
				continue;
			}
			if (c == '\'' && singleQuoted && !(i + 1 < n && Character.isLetter(f.charAt(i + 1)))) {
				singleQuoted = false;
				i++;
				continue;
			}
			if (c == '.' || c == '!' || c == '?') {
				boolean boundary = i + 1 >= n || Character.isWhitespace(f.charAt(i + 1)) || f.charAt(i + 1) == '"';
				if (boundary && c == '.' && !tokens.isEmpty()) {
					Token last = tokens.get(tokens.size() - 1);
					if (last.end() == to[i - 1 < 0 ? 0 : i - 1]
							&& (ABBREVIATIONS.contains(last.norm()) || last.norm().length() == 1)) {
						boundary = false;
					}
				}
				if (boundary) {
					sentencePending = true;
				}
				i++;
				continue;
			}
			if (!core(c)) {
				i++;
				continue;
			}
			int j = i + 1;
			while (j < n) {
				char d = f.charAt(j);
				if (core(d)) {
					j++;
				}
				else if (inner(d) && j + 1 < n && Character.isLetter(f.charAt(j + 1))
						&& Character.isLetterOrDigit(f.charAt(j - 1))) {
					j++;
				}
				else {
					break;
				}
			}
			if (sentencePending) {
				if (!tokens.isEmpty()) {
					sentence++;
				}
				sentencePending = false;
			}
			addWord(tokens, f, from, to, upper, i, j, sentence, doubleQuoted || singleQuoted);
			i = j;
		}
		List<Token> joined = joinSpelledOut(tokens, f, from, spelledOut);
		return new PostText(text, List.copyOf(joined), tokens.isEmpty() ? 0 : sentence + 1);
	}

	private static void addWord(List<Token> tokens, CharSequence f, int[] from, int[] to, boolean[] upper, int i, int j,
			int sentence, boolean quoted) {
		String word = f.subSequence(i, j).toString();
		if (!hasLetterOrDigit(word)) {
			return;
		}
		int split = clitic(word);
		if (split > 0) {
			add(tokens, word.substring(0, split), from[i], to[i + split - 1], upper, i, i + split, sentence, quoted);
			add(tokens, word.substring(split), from[i + split], to[j - 1], upper, i + split, j, sentence, quoted);
		}
		else {
			int s = i;
			if (word.charAt(0) == '@' && word.length() > 1) {
				word = word.substring(1);
				s = i + 1;
			}
			add(tokens, word, from[s], to[j - 1], upper, s, j, sentence, quoted);
		}
	}

	private static int clitic(String word) {
		int apostrophe = word.lastIndexOf('\'');
		if (apostrophe <= 0) {
			return -1;
		}
		String tail = word.substring(apostrophe + 1);
		if (tail.equals("t") && apostrophe >= 2 && word.charAt(apostrophe - 1) == 'n') {
			return apostrophe - 1;
		}
		return switch (tail) {
			case "s", "re", "ll", "ve", "d", "m" -> apostrophe;
			default -> -1;
		};
	}

	private static boolean hasLetterOrDigit(String word) {
		for (int k = 0; k < word.length(); k++) {
			if (Character.isLetterOrDigit(word.charAt(k))) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<Token> tokens, String norm, int start, int end, boolean[] upper, int fi, int fj,
			int sentence, boolean quoted) {
		boolean capitalised = upper[fi];
		int letters = 0;
		int uppers = 0;
		for (int k = fi; k < fj; k++) {
			if (Character.isLetter(norm.charAt(k - fi))) {
				letters++;
				if (upper[k]) {
					uppers++;
				}
			}
		}
		boolean upperCase = letters >= 2 && uppers == letters;
		tokens
			.add(new Token(tokens.size(), start, end, norm, Forms.of(norm), sentence, capitalised, upperCase, quoted));
	}

	private static List<Token> joinSpelledOut(List<Token> tokens, CharSequence f, int[] from,
			Predicate<String> spelledOut) {
		List<Token> out = null;
		int k = 0;
		while (k < tokens.size()) {
			int run = k;
			while (run < tokens.size() && tokens.get(run).norm().length() == 1
					&& Character.isLetterOrDigit(tokens.get(run).norm().charAt(0))
					&& tokens.get(run).sentence() == tokens.get(k).sentence()) {
				run++;
			}
			if (run - k >= 3) {
				StringBuilder word = new StringBuilder();
				for (int m = k; m < run; m++) {
					word.append(tokens.get(m).norm());
				}
				String joined = word.toString();
				String[] forms = Forms.of(joined);
				boolean known = false;
				for (String form : forms) {
					known |= spelledOut.test(form);
				}
				if (known) {
					if (out == null) {
						out = new ArrayList<>(tokens.subList(0, k));
					}
					Token first = tokens.get(k);
					out.add(new Token(out.size(), first.start(), tokens.get(run - 1).end(), joined, forms,
							first.sentence(), first.capitalised(), false, first.quoted()));
					k = run;
					continue;
				}
			}
			if (out != null) {
				Token t = tokens.get(k);
				out.add(new Token(out.size(), t.start(), t.end(), t.norm(), t.forms(), t.sentence(), t.capitalised(),
						t.upperCase(), t.quoted()));
			}
			k++;
		}
		return out == null ? tokens : out;
	}

}
