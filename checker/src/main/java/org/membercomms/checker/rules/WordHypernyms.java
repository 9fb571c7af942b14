package org.membercomms.checker.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What kind of thing a word names, as WordNet says: for each word stem, the WordNet
 * synset of its commonest sense and the synsets above it ("hyena" is a hyena, a
 * carnivore, a mammal ...; "batter" is a batter, a beat, a hit ...), drawn offline by
 * {@code checker-training hypernyms} into a table the checker ships (ADR 34). The learned
 * reading counts a word's classes beside the word, so that a word it was never fitted on
 * still counts as what it is a kind of. Immutable and thread-safe.
 */
public final class WordHypernyms {

	/** Where the shipped table lives on the class path. */
	public static final String RESOURCE = "/org/membercomms/checker/rules/word-hypernyms.tsv";

	private static final String[] NONE = {};

	private static final String[] SUFFIXES = { "ing", "ed", "es", "s" };

	/** Each stem's classes. */
	private final Map<String, String[]> classes;

	private WordHypernyms(Map<String, String[]> classes) {
		this.classes = classes;
	}

	/**
	 * Reads the table the library ships. The checker reads it only to make its model
	 * ({@link HostilityModel} adds each word's classes' weights to the word's) and then
	 * lets it go; only fitting keeps it, to name each word's classes.
	 * @return the table
	 */
	public static WordHypernyms load() {
		try (InputStream in = WordHypernyms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The word classes " + RESOURCE + " are missing");
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a table: comment lines start with {@code #}; every other line is a stem, a
	 * tab and its classes separated by spaces.
	 * @param in the table
	 * @return the table
	 * @throws IOException when it cannot be read
	 */
	public static WordHypernyms read(Reader in) throws IOException {
		BufferedReader lines = new BufferedReader(in);
		Map<String, String[]> classes = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		String line;
		while ((line = lines.readLine()) != null) {
			int tab = line.indexOf('\t');
			if (line.startsWith("#") || tab < 0) {
				continue;
			}
			String[] read = line.substring(tab + 1).split(" ");
			for (int i = 0; i < read.length; i++) {
				// one string for each class, so that a table of many words stays small
				read[i] = names.computeIfAbsent(read[i], (name) -> name);
			}
			classes.put(line.substring(0, tab), read);
		}
		return new WordHypernyms(classes);
	}

	/**
	 * @param word a word as the reading names it: its stem, as {@link #stem} cuts it (a
	 * word read after a denial, {@code not:} and its stem, has no classes: the denied
	 * word itself is what the reading weighs)
	 * @return its classes (none for a word WordNet does not know)
	 */
	public String[] of(String word) {
		return this.classes.getOrDefault(word, NONE);
	}

	/**
	 * Each word's classes' weights added up, for every word that has a class with
	 * weights.
	 * @param weights each feature's weights
	 * @return the sums, by stem
	 */
	Map<String, float[]> weigh(Map<String, float[]> weights) {
		Map<String, float[]> sums = new HashMap<>();
		this.classes.forEach((stem, classes) -> add(sums, stem, classes, weights));
		return sums;
	}

	private static void add(Map<String, float[]> sums, String name, String[] classes, Map<String, float[]> weights) {
		float[] sum = null;
		for (String wordClass : classes) {
			float[] w = weights.get(wordClass);
			if (w != null) {
				sum = sum == null ? new float[w.length] : sum;
				for (int k = 0; k < w.length; k++) {
					sum[k] += w[k];
				}
			}
		}
		if (sum != null) {
			sums.put(name, sum);
		}
	}

	/**
	 * @return how many stems the table knows
	 */
	public int size() {
		return this.classes.size();
	}

	/**
	 * A word without the commonest endings, as the learned reading cuts it: "threatening"
	 * and "threatened" read alike.
	 * @param form a word, in lower case
	 * @return its stem
	 */
	public static String stem(String form) {
		for (String suffix : SUFFIXES) {
			if (form.length() > suffix.length() + 3 && form.endsWith(suffix)) {
				return form.substring(0, form.length() - suffix.length());
			}
		}
		return form;
	}

}
