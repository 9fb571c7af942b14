package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A small, linear-time pattern language over the words of a post. One pattern a line:
 * {@code tag: element element ...}. An element is one or more alternatives joined by
 * {@code |}: a word ({@code corrupt}), a prefix ({@code brib*}), a word set from the
 * lexicons ({@code @insults}), or a recogniser mark ({@code %PERSON}, which takes the
 * whole run of marked words). A trailing {@code ?} makes an element optional; {@code ~N}
 * skips up to N words. A match never crosses a sentence.
 */
public final class Patterns {

	private static final Map<String, Long> MARKS = Map.ofEntries(Map.entry("PERSON", Marks.PERSON),
			Map.entry("COUNCILLOR", Marks.COUNCILLOR), Map.entry("PRIVATE_PERSON", Marks.PRIVATE_PERSON),
			Map.entry("ROLE", Marks.ROLE), Map.entry("PRONOUN", Marks.PRONOUN), Map.entry("YOU", Marks.YOU),
			Map.entry("ORGANISATION", Marks.ORGANISATION), Map.entry("INSTITUTION", Marks.INSTITUTION),
			Map.entry("GROUP", Marks.GROUP), Map.entry("FIRST_NAME", Marks.FIRST_NAME),
			Map.entry("OFFICER", Marks.OFFICER), Map.entry("TARGET", Marks.TARGET));

	private final List<Pattern> others = new ArrayList<>();

	private final List<Pattern> byMark = new ArrayList<>();

	/** {@link #others} as an array, for {@link #find}. */
	private Pattern[] otherArray = new Pattern[0];

	private long markMask;

	/** How many lexicon bits the words of {@link #sentenceFilter} are spread over. */
	private static final int TAIL_GROUPS = 3;

	// The speed filters (ADR 16), set once by compile(String, Lexicons) and never changed
	// after; without lexicons every word is tried. find reads them to pass over words and
	// sentences that cannot hold a match.

	/** The lexicon bit of the words that start a pattern of {@link #byWord} or others. */
	private long headBits = -1L;

	private long openBits = -1L;

	private long openMarks = -1L;

	private boolean anywhere = true;

	private List<Pattern>[] heads;

	private final List<Pattern> all = new ArrayList<>();

	private final Map<String, List<Pattern>> byWord = new HashMap<>();

	private Patterns() {
	}

	/**
	 * Compiles patterns, one a line; blank lines and lines starting with # are skipped.
	 * @param source the patterns
	 * @param sets the lexicon word sets by name
	 * @return the compiled patterns
	 */
	public static Patterns compile(String source, Function<String, WordSet> sets) {
		Patterns patterns = new Patterns();
		for (String raw : source.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String tag = "";
			int colon = line.indexOf(": ");
			if (colon > 0 && line.substring(0, colon).matches("[a-z_-]+")) {
				tag = line.substring(0, colon);
				line = line.substring(colon + 2).strip();
			}
			List<Element> elements = new ArrayList<>();
			for (String part : line.split(" +")) {
				elements.add(Element.parse(part, sets));
			}
			Pattern pattern = new Pattern(tag, line, elements.toArray(Element[]::new));
			patterns.all.add(pattern);
			Element first = pattern.elements[0];
			if (first.indexable()) {
				Set<String> heads = new HashSet<>(first.words);
				heads.addAll(first.phrases.heads());
				for (String word : heads) {
					patterns.byWord.computeIfAbsent(word, (k) -> new ArrayList<>()).add(pattern);
				}
			}
			else if (first.marksOnly()) {
				patterns.byMark.add(pattern);
				patterns.markMask |= first.marks;
			}
			else {
				patterns.others.add(pattern);
			}
		}
		patterns.otherArray = patterns.others.toArray(Pattern[]::new);
		return patterns;
	}

	/**
	 * Compiles patterns against the shipped lexicons, registering the words that start a
	 * pattern so that words which cannot start one are skipped with a bit test.
	 * @param source the patterns
	 * @param lexicons the lexicons
	 * @return the compiled patterns
	 */
	public static Patterns compile(String source, Lexicons lexicons) {
		Patterns patterns = compile(source, lexicons::set);
		patterns.firstWordFilter(lexicons);
		patterns.sentenceFilter(lexicons);
		patterns.number(lexicons);
		patterns.openings();
		return patterns;
	}

	/**
	 * Registers the words that can start a pattern under one lexicon bit, and gives each
	 * pattern tried at other words the bits and marks of its first element, so that
	 * {@link #find} tries it only at words that have one.
	 */
	private void firstWordFilter(Lexicons lexicons) {
		Set<String> openings = new HashSet<>(this.byWord.keySet());
		for (Pattern pattern : this.others) {
			Element first = pattern.elements[0];
			if (first.filterable()) {
				openings.addAll(first.words);
				openings.addAll(first.phrases.heads());
			}
		}
		this.headBits = lexicons.register(openings);
		for (Pattern pattern : this.others) {
			Element first = pattern.elements[0];
			if (first.filterable() && this.headBits != -1L) {
				long bits = (first.words.isEmpty() && first.phrases.isEmpty()) ? 0 : this.headBits;
				for (WordSet set : first.sets) {
					bits |= set.bits();
				}
				pattern.firstBits = bits;
				pattern.firstMarks = first.marks;
				pattern.anywhere = false;
			}
		}
	}

	/**
	 * Gives each pattern the lexicon bits one of which its sentence must hold for it to
	 * match (see {@link Lexicons#annotate}, which ORs each sentence's bits once per
	 * post).
	 */
	private void sentenceFilter(Lexicons lexicons) {
		// the words of the element every match needs, in up to three groups with a bit
		// each, so that a sentence is passed over when it has none of a pattern's group
		List<Pattern> needing = new ArrayList<>();
		for (Pattern pattern : this.all) {
			Element last = pattern.required();
			if (last != null && !(last.words.isEmpty() && last.phrases.isEmpty())) {
				needing.add(pattern);
			}
		}
		int groups = Math.min(TAIL_GROUPS, needing.size());
		List<Set<String>> tails = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			tails.add(new HashSet<>());
		}
		for (int k = 0; k < needing.size(); k++) {
			Element last = needing.get(k).required();
			tails.get(k % groups).addAll(last.words);
			tails.get(k % groups).addAll(last.phrases.heads());
		}
		long[] tailBits = new long[groups];
		for (int g = 0; g < groups; g++) {
			tailBits[g] = lexicons.register(tails.get(g));
		}
		for (Pattern pattern : this.all) {
			Element last = pattern.required();
			if (last == null) {
				continue;
			}
			int k = needing.indexOf(pattern);
			long tailBit = (k < 0) ? 0 : tailBits[k % groups];
			if (tailBit == -1L) {
				continue;
			}
			long mask = tailBit;
			for (WordSet set : last.sets) {
				mask |= set.bits();
			}
			pattern.required = mask == 0 ? -1L : mask;
		}
	}

	/**
	 * Numbers the patterns' words by the vocabulary and their elements by the words that
	 * can start them ({@link Lexicons#registerStarts}), and indexes the patterns by the
	 * number of their first word.
	 */
	private void number(Lexicons lexicons) {
		Vocabulary vocabulary = lexicons.vocabulary();
		for (Pattern pattern : this.all) {
			for (Element element : pattern.elements) {
				element.number(vocabulary);
				element.numberStarts(lexicons);
			}
		}
		Map<Integer, List<Pattern>> byId = new HashMap<>();
		this.byWord.forEach((word, list) -> byId.put(vocabulary.id(word), list));
		int size = vocabulary.size();
		@SuppressWarnings("unchecked")
		List<Pattern>[] array = new List[size];
		byId.forEach((id, list) -> array[id] = list);
		this.heads = array;
	}

	/**
	 * Every match in a post, earliest first; at each word, at most one match per pattern.
	 * @param tokens the words of the post
	 * @return the matches
	 */
	public List<Match> find(List<Token> tokens) {
		return find(tokens, new Steps());
	}

	/**
	 * Every match in a post, as {@link #find(List)} finds them, counting the steps: a
	 * step for each word, for each pattern looked at there and for each step of a try.
	 * @param tokens the words of the post
	 * @param steps the check's counter
	 * @return the matches
	 */
	public List<Match> find(List<Token> tokens, Steps steps) {
		List<Match> matches = new ArrayList<>();
		int n = tokens.size();
		// the words and the patterns looked at, added once at the end; each try counts
		// its
		// own steps
		long looked = n;
		long openBits = this.openBits;
		long openMarks = this.openMarks;
		boolean anywhere = this.anywhere;
		for (int t = 0; t < n; t++) {
			Token token = tokens.get(t);
			long lexicon = token.lexicon();
			if ((lexicon & openBits) == 0 && !token.has(openMarks) && !anywhere) {
				continue;
			}
			long sentenceBits = token.sentenceLexicon();
			int[] ids = token.ids();
			if (ids != null && this.heads != null) {
				if ((lexicon & this.headBits) != 0) {
					for (int id : ids) {
						List<Pattern> candidates = id < this.heads.length ? this.heads[id] : null;
						if (candidates != null) {
							for (Pattern p : candidates) {
								tryAt(p, tokens, t, matches, sentenceBits, steps);
							}
						}
					}
				}
			}
			else if ((lexicon & this.headBits) != 0) {
				for (String form : token.forms()) {
					List<Pattern> candidates = this.byWord.get(form);
					if (candidates != null) {
						for (Pattern p : candidates) {
							tryAt(p, tokens, t, matches, sentenceBits, steps);
						}
					}
				}
			}
			if (token.has(this.markMask)) {
				looked += this.byMark.size();
				for (Pattern p : this.byMark) {
					if (token.has(p.elements[0].marks)) {
						tryAt(p, tokens, t, matches, sentenceBits, steps);
					}
				}
			}
			looked += this.otherArray.length;
			for (Pattern p : this.otherArray) {
				if (p.anywhere || (lexicon & p.firstBits) != 0 || token.has(p.firstMarks)) {
					tryAt(p, tokens, t, matches, sentenceBits, steps);
				}
			}
		}
		steps.add(looked);
		return matches;
	}

	/**
	 * Works out which words can start a match at all, so that {@link #find} passes over
	 * the others with one test.
	 */
	private void openings() {
		this.openBits = this.headBits;
		this.openMarks = this.markMask;
		this.anywhere = false;
		for (Pattern p : this.others) {
			this.openBits |= p.firstBits;
			this.openMarks |= p.firstMarks;
			this.anywhere |= p.anywhere;
		}
	}

	private static void tryAt(Pattern p, List<Token> tokens, int t, List<Match> matches, long sentenceBits,
			Steps steps) {
		steps.one();
		if ((p.required & sentenceBits) == 0) {
			return;
		}
		int end = p.match(0, tokens, t, tokens.get(t).sentence(), steps);
		if (end > t) {
			matches.add(new Match(p.tag, p.source, t, end - 1));
		}
	}

	/**
	 * One match: the words from {@code first} to {@code last}, both included.
	 *
	 * @param tag the pattern's tag
	 * @param pattern the pattern's source
	 * @param first first word
	 * @param last last word
	 */
	public record Match(String tag, String pattern, int first, int last) {

		/**
		 * The original text the match covers.
		 * @param tokens the words of the post
		 * @return start and end offsets in the original text
		 */
		public int[] offsets(List<Token> tokens) {
			return new int[] { tokens.get(this.first).start(), tokens.get(this.last).end() };
		}

	}

	private static final class Pattern {

		final String tag;

		final String source;

		final Element[] elements;

		/** Lexicon bits one of which the sentence must hold for this pattern to match. */
		long required = -1L;

		/**
		 * Whether the pattern is tried at every word; otherwise only at words with one of
		 * {@link #firstBits} or {@link #firstMarks}, the words its first element can
		 * match.
		 */
		boolean anywhere = true;

		long firstBits = -1L;

		long firstMarks;

		/**
		 * @return the last of the elements every match must contain that are made of
		 * words and sets only, or null
		 */
		Element required() {
			for (int e = this.elements.length - 1; e >= 0; e--) {
				Element el = this.elements[e];
				if (el.gap > 0 || el.optional || el.marks != 0 || !el.prefixes.isEmpty()) {
					continue;
				}
				return el;
			}
			return null;
		}

		Pattern(String tag, String source, Element[] elements) {
			this.tag = tag;
			this.source = source;
			this.elements = elements;
		}

		/**
		 * @return the end (exclusive) of a match starting at word t, or -1
		 */
		/**
		 * The start number of the element after a gap, when a word that cannot start it
		 * cannot start a match of it at all (not optional, no marks), or -1.
		 */
		private int afterGap(int e) {
			if (e + 1 >= this.elements.length) {
				return -1;
			}
			Element next = this.elements[e + 1];
			return (next.optional || next.marks != 0 || !next.numbered) ? -1 : next.starts;
		}

		/** Whether an annotated, unmasked word cannot start the element numbered so. */
		private static boolean cannotStart(Token token, int element) {
			return token.ids() != null && !token.masked() && !token.starts(element);
		}

		int match(int e, List<Token> tokens, int t, int sentence, Steps steps) {
			steps.one();
			if (e == this.elements.length) {
				return t;
			}
			Element el = this.elements[e];
			int n = tokens.size();
			if (el.gap > 0) {
				int after = afterGap(e);
				for (int k = 0; k <= el.gap; k++) {
					int at = t + k;
					if (at > n || (k > 0 && tokens.get(at - 1).sentence() != sentence)) {
						break;
					}
					if (after >= 0 && at < n && cannotStart(tokens.get(at), after)) {
						continue;
					}
					int r = match(e + 1, tokens, at, sentence, steps);
					if (r >= 0) {
						return r;
					}
				}
				return -1;
			}
			if (t < n && tokens.get(t).sentence() == sentence) {
				int length = el.match(tokens, t, steps);
				if (length > 0) {
					int r = match(e + 1, tokens, t + length, sentence, steps);
					if (r >= 0) {
						return r;
					}
				}
			}
			return el.optional ? match(e + 1, tokens, t, sentence, steps) : -1;
		}

	}

	private static final class Element {

		int gap;

		boolean optional;

		final Set<String> words = new HashSet<>();

		final Phrases phrases = new Phrases();

		final List<String> prefixes = new ArrayList<>();

		final List<WordSet> sets = new ArrayList<>();

		long marks;

		static Element parse(String part, Function<String, WordSet> sets) {
			Element el = new Element();
			String p = part;
			if (p.startsWith("~")) {
				el.gap = Integer.parseInt(p.substring(1));
				return el;
			}
			if (p.endsWith("?") && p.length() > 1) {
				el.optional = true;
				p = p.substring(0, p.length() - 1);
			}
			for (String alt : p.split("\\|")) {
				if (alt.startsWith("@")) {
					WordSet set = sets.apply(alt.substring(1));
					if (set == null) {
						throw new IllegalArgumentException("No word set " + alt);
					}
					el.sets.add(set);
				}
				else if (alt.startsWith("%")) {
					Long mark = MARKS.get(alt.substring(1));
					if (mark == null) {
						throw new IllegalArgumentException("No mark " + alt);
					}
					el.marks |= mark;
				}
				else if (alt.endsWith("*") && alt.length() > 2) {
					el.prefixes.add(alt.substring(0, alt.length() - 1));
				}
				else if (alt.indexOf('_') > 0) {
					el.phrases.add(alt.split("_"));
				}
				else {
					el.words.add(alt);
				}
			}
			return el;
		}

		boolean indexable() {
			return !this.optional && this.gap == 0 && this.prefixes.isEmpty() && this.sets.isEmpty() && this.marks == 0
					&& (!this.words.isEmpty() || !this.phrases.isEmpty());
		}

		final BitSet wordIds = new BitSet();

		boolean numbered;

		/** {@link #wordIds} as bits, and {@link #sets} as an array, once numbered. */
		private long[] wordBits;

		private WordSet[] setArray;

		void number(Vocabulary vocabulary) {
			for (String word : this.words) {
				this.wordIds.set(vocabulary.id(word));
			}
			this.phrases.number(vocabulary);
			this.wordBits = this.wordIds.toLongArray();
			this.setArray = this.sets.toArray(WordSet[]::new);
			this.numbered = true;
		}

		/**
		 * This element's number for {@link Token#starts}, or -1 when its words alone do
		 * not tell whether it can match (a gap, or prefixes).
		 */
		private int starts = -1;

		void numberStarts(Lexicons lexicons) {
			if (this.gap > 0 || !this.prefixes.isEmpty()) {
				return;
			}
			Set<String> words = new HashSet<>(this.words);
			words.addAll(this.phrases.heads());
			for (WordSet set : this.sets) {
				words.addAll(set.singles());
				words.addAll(set.phraseHeads());
			}
			this.starts = lexicons.registerStarts(words);
		}

		private int matchNumbered(List<Token> tokens, int t, int[] ids, int best) {
			best = this.phrases.longest(tokens, t, best);
			for (WordSet set : this.setArray) {
				best = Math.max(best, set.match(tokens, t));
			}
			if (best == 0) {
				long[] wordBits = this.wordBits;
				for (int id : ids) {
					int word = id >>> 6;
					if (word < wordBits.length && (wordBits[word] & (1L << id)) != 0) {
						return 1;
					}
				}
				if (!this.prefixes.isEmpty()) {
					for (String prefix : this.prefixes) {
						for (String form : tokens.get(t).forms()) {
							if (form.startsWith(prefix)) {
								return 1;
							}
						}
					}
				}
			}
			return best;
		}

		/**
		 * @return whether the words this element can match are known from lexicon bits
		 * and marks alone (no prefixes, not optional, not a gap)
		 */
		boolean filterable() {
			return !this.optional && this.gap == 0 && this.prefixes.isEmpty();
		}

		boolean marksOnly() {
			return !this.optional && this.gap == 0 && this.marks != 0 && this.words.isEmpty() && this.phrases.isEmpty()
					&& this.sets.isEmpty() && this.prefixes.isEmpty();
		}

		int match(List<Token> tokens, int t, Steps steps) {
			Token token = tokens.get(t);
			int best = (this.marks != 0 && token.has(this.marks)) ? run(tokens, t, token) : 0;
			steps.add(1 + best);
			int[] ids = token.ids();
			if (this.numbered && ids != null) {
				if (this.starts >= 0 && !token.masked() && !token.starts(this.starts)) {
					return best;
				}
				return matchNumbered(tokens, t, ids, best);
			}
			return matchForms(tokens, t, token, best);
		}

		/**
		 * @return how many words from t on carry this element's marks (at most six)
		 */
		private int run(List<Token> tokens, int t, Token token) {
			int end = t + 1;
			while (end < tokens.size() && end - t < 6 && tokens.get(end).has(this.marks)
					&& tokens.get(end).sentence() == token.sentence()) {
				end++;
			}
			return end - t;
		}

		/** The match of a word not annotated by the lexicons: its forms are compared. */
		private int matchForms(List<Token> tokens, int t, Token token, int best) {
			String[] forms = token.forms();
			best = this.phrases.longest(tokens, t, best);
			for (int s = 0; s < this.sets.size(); s++) {
				best = Math.max(best, this.sets.get(s).match(tokens, t));
			}
			if (best == 0) {
				if (!this.words.isEmpty()) {
					for (String form : forms) {
						if (this.words.contains(form)) {
							return 1;
						}
					}
				}
				for (String prefix : this.prefixes) {
					for (String form : forms) {
						if (form.startsWith(prefix)) {
							return 1;
						}
					}
				}
			}
			return best;
		}

	}

}
