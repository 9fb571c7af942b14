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

	/** Each stem's classes, as read and as read after a denial ({@code not:}). */
	private final Map<String, String[][]> classes;

	private WordHypernyms(Map<String, String[][]> classes) {
		this.classes = classes;
	}

	/**
	 * The table the library ships, read once.
	 * @return the table
	 */
	public static WordHypernyms shipped() {
		return Shipped.TABLE;
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
		Map<String, String[][]> classes = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		String line;
		while ((line = lines.readLine()) != null) {
			int tab = line.indexOf('\t');
			if (line.startsWith("#") || tab < 0) {
				continue;
			}
			String[] read = line.substring(tab + 1).split(" ");
			String[] denied = new String[read.length];
			for (int i = 0; i < read.length; i++) {
				// one string for each class, so that a table of many words stays small
				read[i] = names.computeIfAbsent(read[i], (name) -> name);
				denied[i] = names.computeIfAbsent("not:" + read[i], (name) -> name);
			}
			classes.put(line.substring(0, tab), new String[][] { read, denied });
		}
		return new WordHypernyms(classes);
	}

	/**
	 * @param stem a word's stem, as {@link #stem} cuts it
	 * @param denied whether the word is read after a denial
	 * @return its classes, {@code not:} before each when denied (none for a word WordNet
	 * does not know)
	 */
	public String[] of(String stem, boolean denied) {
		String[][] both = this.classes.get(stem);
		return both == null ? NONE : both[denied ? 1 : 0];
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

	private static final class Shipped {

		static final WordHypernyms TABLE = load();

		private static WordHypernyms load() {
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

	}

}
