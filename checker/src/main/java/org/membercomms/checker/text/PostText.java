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

	private final Steps steps;

	/**
	 * How many times cutting a word reads each of its chars at most: finding its end, its
	 * letters and clitics, folding its forms (leetspeak, squeezing) and hashing it for
	 * the look-ups.
	 */
	static final int WORD_READS = 12;

	private PostText(String original, List<Token> tokens, int sentences, Steps steps) {
		this.original = original;
		this.tokens = tokens;
		this.sentences = sentences;
		this.steps = steps;
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
	 * @return the counter of the check this text belongs to, which every later part of
	 * the check adds its steps to
	 */
	public Steps steps() {
		return this.steps;
	}

	/**
	 * Cuts a text into words.
	 * @param text the original text
	 * @param spelledOut which words, once found spelled out letter by letter ("f u c k"),
	 * are joined into one
	 * @return the words
	 */
	public static PostText of(String text, Predicate<String> spelledOut) {
		return of(text, spelledOut, null);
	}

	/**
	 * Cuts a text into words and annotates them with what the lexicons know of them (as
	 * {@link Lexicons#annotate} does), taking the words met before from the lexicons'
	 * table of cut words.
	 * @param text the original text
	 * @param spelledOut which words, once found spelled out letter by letter ("f u c k"),
	 * are joined into one
	 * @param lexicons the lexicons, or null to leave the words unannotated
	 * @return the words
	 */
	public static PostText of(String text, Predicate<String> spelledOut, Lexicons lexicons) {
		return of(text, spelledOut, lexicons, new Steps());
	}

	/**
	 * Cuts a text into words as {@link #of(String, Predicate, Lexicons)} does, counting
	 * the steps taken.
	 * @param text the original text
	 * @param spelledOut which words, once found spelled out letter by letter ("f u c k"),
	 * are joined into one
	 * @param lexicons the lexicons, or null to leave the words unannotated
	 * @param steps the check's counter, kept by the text for the later parts of the check
	 * @return the words
	 */
	public static PostText of(String text, Predicate<String> spelledOut, Lexicons lexicons, Steps steps) {
		int length = text.length();
		steps.add(length);
		Folded out = new Folded(text);
		int i = 0;
		while (i < length) {
			char ch = text.charAt(i);
			if (ch >= 0x20 && ch < 0x7F) {
				boolean isUpper = ch >= 'A' && ch <= 'Z';
				out.add(isUpper ? (char) (ch + 32) : ch, i, i + 1, isUpper);
				i++;
				continue;
			}
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			String f = Fold.of(cp);
			boolean isUpper = Character.isUpperCase(cp);
			for (int k = 0; k < f.length(); k++) {
				out.add(f.charAt(k), i, next, isUpper);
			}
			i = next;
		}
		return cut(text, out, spelledOut, lexicons, steps);
	}

	/**
	 * The folded text being built, and for each of its chars where it came from in the
	 * original and whether it was a capital there. While every char of the original folds
	 * to one char (the usual post) the places are the same and nothing more is kept; the
	 * first char that folds otherwise starts tables of places.
	 */
	private static final class Folded {

		private final String text;

		char[] chars;

		private int[] from;

		private int[] to;

		private boolean[] upper;

		int size;

		Folded(String text) {
			this.text = text;
			this.chars = new char[text.length() + 16];
		}

		void add(char c, int start, int end, boolean isUpper) {
			int at = this.size;
			if (this.from == null && (start != at || end != at + 1)) {
				places(at);
			}
			if (at >= this.chars.length) {
				int capacity = this.chars.length * 2;
				this.chars = Arrays.copyOf(this.chars, capacity);
				this.from = Arrays.copyOf(this.from, capacity);
				this.to = Arrays.copyOf(this.to, capacity);
				this.upper = Arrays.copyOf(this.upper, capacity);
			}
			this.chars[at] = c;
			if (this.from != null) {
				this.from[at] = start;
				this.to[at] = end;
				this.upper[at] = isUpper;
			}
			this.size = at + 1;
		}

		/** Starts the tables of places, for the chars folded so far. */
		private void places(int size) {
			int capacity = this.chars.length;
			int[] from = new int[capacity];
			int[] to = new int[capacity];
			boolean[] upper = new boolean[capacity];
			for (int k = 0; k < size; k++) {
				from[k] = k;
				to[k] = k + 1;
				upper[k] = upper(k);
			}
			this.from = from;
			this.to = to;
			this.upper = upper;
		}

		/**
		 * @return where folded char k starts in the original
		 */
		int from(int k) {
			return (this.from == null) ? k : this.from[k];
		}

		/**
		 * @return where folded char k ends (exclusive) in the original
		 */
		int to(int k) {
			return (this.to == null) ? k + 1 : this.to[k];
		}

		/**
		 * @return whether folded char k was a capital in the original
		 */
		boolean upper(int k) {
			if (this.upper != null) {
				return this.upper[k];
			}
			char c = this.text.charAt(k);
			return (c < 0x80) ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c);
		}

	}

	private static final byte[] ASCII = new byte[128];

	private static final byte LETTER = 1;

	private static final byte DIGIT = 2;

	static {
		for (char c = 'a'; c <= 'z'; c++) {
			ASCII[c] = LETTER;
			ASCII[c - 32] = LETTER;
		}
		for (char c = '0'; c <= '9'; c++) {
			ASCII[c] = DIGIT;
		}
	}

	static boolean letterOrDigit(char c) {
		return c < 128 ? ASCII[c] != 0 : Character.isLetterOrDigit(c);
	}

	private static boolean letter(char c) {
		return c < 128 ? ASCII[c] == LETTER : Character.isLetter(c);
	}

	private static boolean core(char c) {
		return letterOrDigit(c) || c == '*' || c == '$' || c == '@';
	}

	private static boolean inner(char c) {
		return c == '!' || c == '|' || c == '\'' || c == '#';
	}

	private static PostText cut(String text, Folded folded, Predicate<String> spelledOut, Lexicons lexicons,
			Steps steps) {
		char[] f = folded.chars;
		int n = folded.size;
		steps.add(n);
		List<Token> tokens = new ArrayList<>(n / 5 + 4);
		int sentence = 0;
		boolean doubleQuoted = false;
		boolean singleQuoted = false;
		boolean sentencePending = false;
		long wordChars = 0;
		int i = 0;
		while (i < n) {
			char c = f[i];
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
			if (c == '\'' && !(i > 0 && letterOrDigit(f[i - 1]))) {
				if (i + 1 < n && letterOrDigit(f[i + 1])) {
					singleQuoted = true;
				}
				else {
					singleQuoted = false;
				}
				i++;
				continue;
			}
			if (c == '\'' && singleQuoted && !(i + 1 < n && letter(f[i + 1]))) {
				singleQuoted = false;
				i++;
				continue;
			}
			if (c == '.' || c == '!' || c == '?') {
				boolean boundary = i + 1 >= n || Character.isWhitespace(f[i + 1]) || f[i + 1] == '"';
				if (boundary && c == '.' && !tokens.isEmpty()) {
					Token last = tokens.get(tokens.size() - 1);
					if (last.end() == folded.to(i - 1 < 0 ? 0 : i - 1)
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
				char d = f[j];
				if (core(d)) {
					j++;
				}
				else if (inner(d) && j + 1 < n && letter(f[j + 1]) && letterOrDigit(f[j - 1])) {
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
			addWord(tokens, folded, i, j, sentence, doubleQuoted || singleQuoted, lexicons);
			wordChars += j - i;
			i = j;
		}
		steps.add((long) WORD_READS * wordChars);
		List<Token> joined = SpelledOut.join(tokens, spelledOut, steps);
		if (lexicons != null) {
			joined = lexicons.joinVariants(joined, steps);
		}
		return new PostText(text, List.copyOf(joined), tokens.isEmpty() ? 0 : sentence + 1, steps);
	}

	private static void addWord(List<Token> tokens, Folded folded, int i, int j, int sentence, boolean quoted,
			Lexicons lexicons) {
		char[] f = folded.chars;
		if (!hasLetterOrDigit(f, i, j)) {
			return;
		}
		if (i > 0 && f[i - 1] == '#' && camelCase(tokens, folded, i, j, sentence, quoted, lexicons)) {
			return;
		}
		int split = clitic(f, i, j);
		if (split > 0) {
			add(tokens, folded, i, i + split, sentence, quoted, lexicons);
			add(tokens, folded, i + split, j, sentence, quoted, lexicons);
		}
		else if (unapostrophised(f, i, j)) {
			// "dont", "cant", "isnt": read as "do n't", "ca n't", "is n't"
			add(tokens, folded, i, j - 2, sentence, quoted, lexicons);
			addNegation(tokens, folded, j - 2, j, sentence, quoted, lexicons);
		}
		else {
			int s = i;
			if (f[i] == '@' && j - i > 1) {
				s = i + 1;
			}
			add(tokens, folded, s, j, sentence, quoted, lexicons);
		}
	}

	/**
	 * Cuts a hashtag written in CamelCase into its words ("#WomenSuck",
	 * "#SaveOurLibrary"), so that what it says is read like the same words in a sentence;
	 * a hashtag in one case ("#MAGA", "#boro") stays one word.
	 * @return whether the hashtag was cut
	 */
	private static boolean camelCase(List<Token> tokens, Folded folded, int i, int j, int sentence, boolean quoted,
			Lexicons lexicons) {
		char[] f = folded.chars;
		int start = i;
		for (int k = i + 1; k < j; k++) {
			if (folded.upper(k) && !folded.upper(k - 1) && letter(f[k - 1]) && letter(f[k])) {
				add(tokens, folded, start, k, sentence, quoted, lexicons);
				start = k;
			}
		}
		if (start == i) {
			return false;
		}
		add(tokens, folded, start, j, sentence, quoted, lexicons);
		return true;
	}

	/**
	 * Where a word splits before a clitic ("council's", "don't"), as an offset in the
	 * word, or -1.
	 */
	private static int clitic(char[] f, int i, int j) {
		int apostrophe = -1;
		for (int k = j - 1; k >= i; k--) {
			if (f[k] == '\'') {
				apostrophe = k - i;
				break;
			}
		}
		if (apostrophe <= 0) {
			return -1;
		}
		int tail = j - (i + apostrophe + 1);
		int t = i + apostrophe + 1;
		if (tail == 1 && f[t] == 't' && apostrophe >= 2 && f[i + apostrophe - 1] == 'n') {
			return apostrophe - 1;
		}
		if (tail == 1) {
			char c = f[t];
			return (c == 's' || c == 'd' || c == 'm') ? apostrophe : -1;
		}
		if (tail == 2) {
			char a = f[t];
			char b = f[t + 1];
			return ((a == 'r' && b == 'e') || (a == 'l' && b == 'l') || (a == 'v' && b == 'e')) ? apostrophe : -1;
		}
		return -1;
	}

	private static boolean hasLetterOrDigit(char[] f, int i, int j) {
		for (int k = i; k < j; k++) {
			if (letterOrDigit(f[k])) {
				return true;
			}
		}
		return false;
	}

	/** Negations written without their apostrophe. */
	private static final Set<String> UNAPOSTROPHISED = Set.of("dont", "cant", "wont", "isnt", "arent", "wasnt",
			"werent", "didnt", "doesnt", "shouldnt", "couldnt", "wouldnt", "havent", "hasnt", "hadnt", "mustnt",
			"neednt", "aint");

	private static final char[] NOT = "n't".toCharArray();

	private static boolean unapostrophised(char[] f, int i, int j) {
		return j - i >= 4 && j - i <= 8 && f[j - 1] == 't' && f[j - 2] == 'n'
				&& UNAPOSTROPHISED.contains(new String(f, i, j - i));
	}

	/** The "nt" of "dont", read as the "n't" of "don't". */
	private static void addNegation(List<Token> tokens, Folded folded, int fi, int fj, int sentence, boolean quoted,
			Lexicons lexicons) {
		int start = folded.from(fi);
		int end = folded.to(fj - 1);
		if (lexicons != null) {
			tokens.add(new Token(tokens.size(), start, end, lexicons.cut(NOT, 0, NOT.length), sentence, false, false,
					quoted));
		}
		else {
			String norm = new String(NOT);
			tokens.add(new Token(tokens.size(), start, end, norm, Forms.of(norm), sentence, false, false, quoted));
		}
	}

	private static void add(List<Token> tokens, Folded folded, int fi, int fj, int sentence, boolean quoted,
			Lexicons lexicons) {
		char[] f = folded.chars;
		int start = folded.from(fi);
		int end = folded.to(fj - 1);
		boolean capitalised = folded.upper(fi);
		int letters = 0;
		int uppers = 0;
		for (int k = fi; k < fj; k++) {
			if (letter(f[k])) {
				letters++;
				if (folded.upper(k)) {
					uppers++;
				}
			}
		}
		boolean upperCase = letters >= 2 && uppers == letters;
		if (lexicons != null) {
			tokens.add(new Token(tokens.size(), start, end, lexicons.cut(f, fi, fj), sentence, capitalised, upperCase,
					quoted));
		}
		else {
			String norm = new String(f, fi, fj - fi);
			tokens.add(new Token(tokens.size(), start, end, norm, Forms.of(norm), sentence, capitalised, upperCase,
					quoted));
		}
	}

}
