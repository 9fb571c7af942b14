package org.membercomms.checker.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the checker ships (see {@code lexicon/README.md} for each one's source
 * and licence), loaded once from the class path. Entries are cut into words exactly as
 * posts are, so "don't belong" or "two-faced" match however they are written.
 */
public final class Lexicons {

	private static final String FOLDER = "/org/membercomms/checker/lexicon/";

	private static final Set<String> MASKABLE = Set.of("profanity", "insults");

	private static final List<String> NAMES = List.of("profanity", "profanity-mild", "slurs", "insults",
			"insults-attributed", "insult-adjectives", "dehumanising", "groups", "roles", "officers", "institutions",
			"first-names", "last-names", "ldnoobw-en", "hashtag-words", "gendered-slurs");

	/**
	 * The composition layer's head lexicons: they share one lexicon bit, so that the bits
	 * left for the rules' pattern filters are not used up (there are 63).
	 */
	private static final List<String> HEADS = List.of("hostility", "inferiority", "exclusion", "negative-traits",
			"negated-praise", "violence", "damage", "veiled-threats", "property", "hounding");

	/**
	 * The word classes drawn from WordNet (see the lexicon folder's README): heads too.
	 * The misspellings of the verbs (hatred, violence, damage) are read through like the
	 * hand heads'; those of the nouns and adjectives are not, since a thousand rarer
	 * words would make near misses of everyday ones.
	 */
	private static final List<String> DERIVED = List.of("wordnet-hostility", "wordnet-violence", "wordnet-damage",
			"wordnet-dehumanising", "wordnet-traits", "wordnet-trait-adjectives", "wordnet-praise",
			"wordnet-body-parts", "wordnet-weapons", "wordnet-crimes");

	private static final Set<String> MISSPELT_DERIVED = Set.of("wordnet-hostility", "wordnet-violence",
			"wordnet-damage");

	private final Map<String, WordSet> sets = new HashMap<>();

	private final Map<String, Long> index = new HashMap<>();

	private final Vocabulary vocabulary = new Vocabulary();

	/** The misspellings of the composition layer's heads that are read through. */
	private Variants variants = new Variants(List.of());

	/** The lexicon bit of the words that may start a head cut in two ("ver min"). */
	private long firstPartBit = -1L;

	private int nextBit;

	private int nextClassBit;

	private final Map<String, Long> classIndex = new HashMap<>();

	private final Map<String, WordClass> classes = new HashMap<>();

	/** For each word, the numbers of the pattern elements it can start. */
	private final Map<String, BitSet> startIndex = new HashMap<>();

	/** The numbers given to the distinct start-word lists registered so far. */
	private final Map<Set<String>, Integer> startNumbers = new HashMap<>();

	private Lexicons() {
	}

	/**
	 * Loads every shipped lexicon.
	 * @return the lexicons
	 */
	public static Lexicons load() {
		Lexicons lexicons = new Lexicons();
		for (String name : NAMES) {
			List<String> entries = read(name);
			lexicons.add(new WordSet(name, entries, MASKABLE.contains(name)));
		}
		long heads = lexicons.nextBit();
		List<String> headWords = new ArrayList<>(lexicons.set("dehumanising").singles());
		for (String name : HEADS) {
			WordSet set = new WordSet(name, read(name), false);
			lexicons.add(set, heads);
			if (!name.equals("property")) {
				headWords.addAll(set.singles());
			}
		}
		for (String name : DERIVED) {
			WordSet set = new WordSet(name, read(name), false);
			lexicons.add(set, heads);
			if (MISSPELT_DERIVED.contains(name)) {
				headWords.addAll(set.singles());
			}
		}
		lexicons.variants = new Variants(headWords);
		lexicons.firstPartBit = lexicons.register(lexicons.variants.firstParts());
		return lexicons;
	}

	/**
	 * A word set by name.
	 * @param name the lexicon's file name without {@code .txt}
	 * @return the set, or null when there is none
	 */
	public WordSet set(String name) {
		return this.sets.get(name);
	}

	/**
	 * Adds a set defined in code (small closed lists such as pronouns).
	 * @param name its name
	 * @param entries its entries
	 */
	public void define(String name, List<String> entries) {
		add(new WordSet(name, normalise(entries), false));
	}

	private long nextBit() {
		return this.nextBit < 63 ? 1L << this.nextBit++ : Long.MIN_VALUE;
	}

	private void add(WordSet set) {
		add(set, nextBit());
	}

	private void add(WordSet set, long bit) {
		set.bits(bit);
		set.number(this.vocabulary);
		this.bitsById = null;
		for (String word : set.singles()) {
			this.index.merge(word, bit, (a, b) -> a | b);
		}
		for (String head : set.phraseHeads()) {
			this.index.merge(head, bit, (a, b) -> a | b);
		}
		this.sets.put(set.name(), set);
	}

	/**
	 * Registers words under a bit of their own (used for the first words of rule
	 * patterns), so that {@link #annotate} also tells which words can start a pattern.
	 * @param words the words
	 * @return the bit, or -1 (every bit) when no bit is left
	 */
	long register(Collection<String> words) {
		if (this.nextBit >= 63) {
			return -1L;
		}
		long bit = 1L << this.nextBit++;
		for (String word : words) {
			this.index.merge(word, bit, (a, b) -> a | b);
			this.vocabulary.id(word);
		}
		this.bitsById = null;
		return bit;
	}

	/**
	 * Numbers a pattern element by the words that can start a match of it (while the
	 * checker is being built), so that {@link Token#starts} tells with one bit test
	 * whether an annotated word can start one. The same words give the same number.
	 * @param words the single words and first words of phrases the element matches
	 * @return its number
	 */
	synchronized int registerStarts(Set<String> words) {
		Integer known = this.startNumbers.get(words);
		if (known != null) {
			return known;
		}
		int number = this.startNumbers.size();
		this.startNumbers.put(Set.copyOf(words), number);
		for (String word : words) {
			this.startIndex.computeIfAbsent(word, (k) -> new BitSet()).set(number);
			this.vocabulary.id(word);
		}
		this.bitsById = null;
		return number;
	}

	/**
	 * Registers a closed list of words (while the checker is being built, before any post
	 * is annotated), so that {@link WordClass#contains(Token)} is a bit test. The same
	 * name gives the same class.
	 * @param name a name for the list
	 * @param words lower-case single words
	 * @return the word class
	 */
	public synchronized WordClass wordClass(String name, Set<String> words) {
		WordClass known = this.classes.get(name);
		if (known != null) {
			return known;
		}
		long bit = this.nextClassBit < 64 ? 1L << this.nextClassBit++ : 0;
		if (bit != 0) {
			for (String word : words) {
				this.classIndex.merge(word, bit, (a, b) -> a | b);
				this.vocabulary.id(word);
			}
			this.bitsById = null;
		}
		WordClass created = new WordClass(Set.copyOf(words), bit);
		this.classes.put(name, created);
		return created;
	}

	/**
	 * Registers a closed list of words that is looked up only after another class has
	 * matched nearby (the completions of a frame), so it takes none of the 64 bits that
	 * make the classes tested on every word a bit test. The same name gives the same
	 * class.
	 * @param name a name for the list
	 * @param words lower-case single words
	 * @return the word class
	 */
	public synchronized WordClass rareClass(String name, Set<String> words) {
		return this.classes.computeIfAbsent(name, (n) -> new WordClass(Set.copyOf(words), 0));
	}

	/**
	 * A word class registered before.
	 * @param name its name
	 * @return the class, or null
	 */
	public WordClass wordClass(String name) {
		return this.classes.get(name);
	}

	/**
	 * Notes on each word which lexicons hold it (or start a phrase with it), so that
	 * lexicon look-ups on the word become a bit test.
	 * @param tokens the words of a post
	 */
	public void annotate(List<Token> tokens) {
		annotate(tokens, new Steps());
	}

	/**
	 * Annotates the words of a post as {@link #annotate(List)} does, counting the steps.
	 * @param tokens the words of a post
	 * @param steps the check's counter
	 */
	public void annotate(List<Token> tokens, Steps steps) {
		steps.add(2L * tokens.size());
		for (Token token : tokens) {
			int letters = Math.min(token.norm().length(), Variants.LONGEST);
			steps.add((letters >= Variants.SHORTEST) ? (long) Variants.STEPS_PER_LETTER * letters : 0);
			if (!token.annotated()) {
				token.annotate(annotated(token.norm(), token.forms()));
			}
		}
		int from = 0;
		int n = tokens.size();
		while (from < n) {
			int sentence = tokens.get(from).sentence();
			long bits = 0;
			int to = from;
			while (to < n && tokens.get(to).sentence() == sentence) {
				bits |= tokens.get(to++).lexicon();
			}
			for (int k = from; k < to; k++) {
				tokens.get(k).sentenceLexicon(bits);
			}
			from = to;
		}
	}

	/**
	 * What the lexicons know of a word: the vocabulary numbers of its forms, the lexicons
	 * that hold any of them, and its word classes.
	 */
	private CutWord annotated(String norm, String[] forms) {
		return annotated(norm, forms, false);
	}

	/**
	 * What the lexicons know of a word, the last of whose forms is the head it misspells
	 * when {@code misspelt}: that form's word classes are then the word's own.
	 */
	private CutWord annotated(String norm, String[] forms, boolean misspelt) {
		long[] bitsById = bitsById();
		long[] classesById = this.classesById;
		long[][] startsById = this.startsById;
		long[] starts = null;
		long bits = 0;
		long classes = 0;
		long ownClasses = 0;
		int[] ids = new int[forms.length];
		int count = 0;
		for (int f = 0; f < forms.length; f++) {
			int id = this.vocabulary.lookup(forms[f]);
			if (id >= 0) {
				ids[count++] = id;
				if (id < bitsById.length) {
					bits |= bitsById[id];
				}
				if (id < startsById.length && startsById[id] != null) {
					starts = WordTable.union(starts, startsById[id]);
				}
				if (id < classesById.length) {
					classes |= classesById[id];
					if (f == 0 || (misspelt && f == forms.length - 1)) {
						ownClasses = classesById[id];
					}
				}
			}
		}
		if (count == 0 && !misspelt) {
			String head = this.variants.head(forms);
			if (head != null) {
				String[] withHead = Arrays.copyOf(forms, forms.length + 1);
				withHead[forms.length] = head;
				return annotated(norm, withHead, true);
			}
		}
		return new CutWord(norm, forms, (count == ids.length) ? ids : Arrays.copyOf(ids, count), bits, ownClasses,
				classes, starts);
	}

	/**
	 * Reads misspellings of the words of the composition layer's slots through (a swap or
	 * a doubled letter: "belnog", "hidnig"), while the checker is being built.
	 * @param words single words
	 */
	public synchronized void readThrough(Collection<String> words) {
		this.variants.addSlotWords(words);
		for (String word : words) {
			this.vocabulary.id(word);
		}
		this.bitsById = null;
	}

	/**
	 * Joins two short words that together spell a head of the composition layer ("ver
	 * min").
	 * @param tokens the words of a post
	 * @param steps the check's counter
	 * @return the words, joined where they spell a head
	 */
	List<Token> joinVariants(List<Token> tokens, Steps steps) {
		return this.variants.join(tokens, this.firstPartBit, steps);
	}

	private volatile WordTable words;

	/**
	 * A word of a folded text, cut and annotated, from the words met before when it is
	 * one of them.
	 * @param f the folded text
	 * @param from first char of the word
	 * @param to end (exclusive)
	 * @return the word
	 */
	CutWord cut(char[] f, int from, int to) {
		long[] basis = bitsById();
		WordTable words = this.words;
		if (words == null || words.basis != basis) {
			words = new WordTable(basis);
			this.words = words;
		}
		if (to - from > WordTable.LONGEST) {
			String norm = new String(f, from, to - from);
			return annotated(norm, Forms.of(norm));
		}
		int hash = WordTable.hash(f, from, to);
		CutWord word = words.get(f, from, to, hash);
		if (word == null) {
			String norm = new String(f, from, to - from);
			word = annotated(norm, Forms.of(norm));
			words.put(word, hash);
		}
		return word;
	}

	private volatile long[] bitsById;

	private volatile long[] classesById = new long[0];

	private volatile long[][] startsById = new long[0][];

	private long[] bitsById() {
		long[] bits = this.bitsById;
		if (bits == null || bits.length != this.vocabulary.size()) {
			synchronized (this) {
				bits = byId(this.index);
				this.classesById = byId(this.classIndex);
				this.startsById = startsById();
				this.bitsById = bits;
			}
		}
		return bits;
	}

	private long[] byId(Map<String, Long> bitsByWord) {
		long[] bits = new long[this.vocabulary.size()];
		for (Map.Entry<String, Long> entry : bitsByWord.entrySet()) {
			int id = this.vocabulary.lookup(entry.getKey());
			if (id >= 0) {
				bits[id] = entry.getValue();
			}
		}
		return bits;
	}

	private long[][] startsById() {
		long[][] starts = new long[this.vocabulary.size()][];
		int words = (this.startNumbers.size() + 63) >>> 6;
		for (Map.Entry<String, BitSet> entry : this.startIndex.entrySet()) {
			int id = this.vocabulary.lookup(entry.getKey());
			if (id >= 0) {
				starts[id] = Arrays.copyOf(entry.getValue().toLongArray(), words);
			}
		}
		return starts;
	}

	Vocabulary vocabulary() {
		return this.vocabulary;
	}

	private static List<String> read(String name) {
		try (InputStream in = Lexicons.class.getResourceAsStream(FOLDER + name + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("Missing lexicon " + name);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("#") && !line.isBlank()) {
					lines.add(line);
				}
			}
			return normalise(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> normalise(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		for (String line : lines) {
			List<Token> tokens = PostText.of(line, (w) -> false).tokens();
			if (tokens.isEmpty()) {
				continue;
			}
			StringBuilder entry = new StringBuilder();
			for (Token token : tokens) {
				if (entry.length() > 0) {
					entry.append(' ');
				}
				entry.append(token.norm());
			}
			out.add(entry.toString());
		}
		return out;
	}

}
