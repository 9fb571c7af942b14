package org.membercomms.checker.text;

/**
 * One word of a post, folded for matching, with its place in the original text.
 */
public final class Token {

	private final int index;

	private final int start;

	private final int end;

	private final int sentence;

	private final boolean capitalised;

	private final boolean upperCase;

	private final boolean quoted;

	private final boolean masked;

	private boolean annotated;

	/** The word as cut, and once annotated what the lexicons know of it. */
	private CutWord word;

	private long marks;

	private long sentenceLexicon = -1L;

	Token(int index, int start, int end, String norm, String[] forms, int sentence, boolean capitalised,
			boolean upperCase, boolean quoted) {
		this(index, start, end, new CutWord(norm, forms, null, -1L, 0, 0), sentence, capitalised, upperCase, quoted,
				false);
	}

	private Token(int index, int start, int end, CutWord word, int sentence, boolean capitalised, boolean upperCase,
			boolean quoted, boolean annotated) {
		this.index = index;
		this.start = start;
		this.end = end;
		this.word = word;
		this.sentence = sentence;
		this.capitalised = capitalised;
		this.upperCase = upperCase;
		this.quoted = quoted;
		this.masked = word.masked;
		this.annotated = annotated;
	}

	Token(int index, int start, int end, CutWord word, int sentence, boolean capitalised, boolean upperCase,
			boolean quoted) {
		this(index, start, end, word, sentence, capitalised, upperCase, quoted, true);
	}

	/**
	 * The same word at another place in the token list, with everything known of it.
	 * @param index its new position
	 * @return the word
	 */
	Token at(int index) {
		Token token = new Token(index, this.start, this.end, this.word, this.sentence, this.capitalised, this.upperCase,
				this.quoted, this.annotated);
		token.marks = this.marks;
		token.sentenceLexicon = this.sentenceLexicon;
		return token;
	}

	/**
	 * Records what the lexicons know of this word (see {@link Lexicons#annotate}).
	 * @param word the word as annotated
	 */
	void annotate(CutWord word) {
		this.word = word;
		this.annotated = true;
	}

	/**
	 * @return whether the lexicons' knowledge of this word is recorded
	 */
	boolean annotated() {
		return this.annotated;
	}

	/**
	 * @return position in the token list
	 */
	public int index() {
		return this.index;
	}

	/**
	 * @return first char in the original text
	 */
	public int start() {
		return this.start;
	}

	/**
	 * @return end (exclusive) in the original text
	 */
	public int end() {
		return this.end;
	}

	/**
	 * @return folded lower-case form
	 */
	public String norm() {
		return this.word.norm;
	}

	/**
	 * The folded form and the forms it may stand for: leetspeak decoded, repeated letters
	 * squeezed.
	 * @return one or more forms, the folded form first
	 */
	public String[] forms() {
		return this.word.forms;
	}

	/**
	 * @return the sentence (or line) the word belongs to, counted from 0
	 */
	public int sentence() {
		return this.sentence;
	}

	/**
	 * @return whether the word starts with a capital letter in the original
	 */
	public boolean capitalised() {
		return this.capitalised;
	}

	/**
	 * @return whether the word is written all in capitals (two letters or more)
	 */
	public boolean upperCase() {
		return this.upperCase;
	}

	/**
	 * @return whether the word stands inside quotation marks
	 */
	public boolean quoted() {
		return this.quoted;
	}

	/**
	 * @return whether the word hides letters behind asterisks or similar marks
	 */
	public boolean masked() {
		return this.masked;
	}

	/**
	 * Whether this word is any of the given words, in any of its forms.
	 * @param words lower-case words
	 * @return true on a match
	 */
	public boolean is(String... words) {
		for (String word : words) {
			for (String form : this.word.forms) {
				if (form.equals(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Marks this word with recogniser marks (see {@link Marks}).
	 * @param bits marks to add
	 */
	public void mark(long bits) {
		this.marks |= bits;
	}

	/**
	 * Whether this word carries any of the marks.
	 * @param bits marks
	 * @return true when at least one is set
	 */
	public boolean has(long bits) {
		return (this.marks & bits) != 0;
	}

	/**
	 * @return the {@link WordClass} bits of any of this word's forms
	 */
	long formClasses() {
		return this.word.formClasses;
	}

	/**
	 * @return the {@link WordClass} bits of the folded form (set by
	 * {@link Lexicons#annotate})
	 */
	long classes() {
		return this.word.classes;
	}

	/**
	 * @return the vocabulary numbers of this word's forms, or null when not annotated
	 */
	int[] ids() {
		return this.word.ids;
	}

	/**
	 * Whether one of this word's forms has a vocabulary number.
	 * @param id the number
	 * @param word the word itself, used when this word was not annotated
	 * @return true on a match
	 */
	boolean is(int id, String word) {
		int[] ids = this.word.ids;
		if (ids == null) {
			return is(word);
		}
		for (int own : ids) {
			if (own == id) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the word can start a match of a pattern element, by the element's number
	 * from {@link Lexicons#registerStarts} (an annotated word only).
	 * @param element the element's number
	 * @return false when no form of the word is a word, phrase head or set member of it
	 */
	boolean starts(int element) {
		return WordTable.starts(this.word.starts, element);
	}

	void sentenceLexicon(long bits) {
		this.sentenceLexicon = bits;
	}

	/**
	 * @return the lexicon bits of all the words of this word's sentence, or -1 (every
	 * bit) when the words were not annotated
	 */
	long sentenceLexicon() {
		return this.sentenceLexicon;
	}

	/**
	 * @return the lexicon bits, or -1 (every bit) when the word was not annotated
	 */
	long lexicon() {
		return this.masked ? -1L : this.word.lexicon;
	}

	/**
	 * @return all marks
	 */
	public long marks() {
		return this.marks;
	}

	@Override
	public String toString() {
		return this.word.norm;
	}

}
