package org.membercomms.checker.wordnet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of speech of WordNet 3.0, read from its database files ({@code data.POS},
 * {@code index.POS}, {@code POS.exc} and the sense counts of {@code cntlist.rev}) as
 * Debian's {@code wordnet-base} package installs them. Only what the word classes need is
 * kept: each synset's words and pointers, each lemma's senses in frequency order, the
 * tagged count of each sense, and the irregular forms.
 */
final class WordNet {

	/**
	 * A synset: its words, the lexicographer file it belongs to, its pointers, and
	 * whether it is an adjective satellite (one whose {@code &} pointer leads to its
	 * cluster's head, not to satellites).
	 */
	record Synset(List<String> words, int lexFile, List<Pointer> pointers, boolean satellite) {
	}

	/**
	 * A pointer from a synset: {@code @} hypernym, {@code ~} hyponym, {@code &} similar.
	 */
	record Pointer(String symbol, String target) {
	}

	private final Map<String, Synset> synsets = new HashMap<>();

	private final Map<String, List<String>> senses = new HashMap<>();

	private final Map<String, Map<Integer, Integer>> tagCounts = new HashMap<>();

	private final Map<String, List<String>> irregular = new HashMap<>();

	private WordNet() {
	}

	/**
	 * Reads one part of speech.
	 * @param folder the folder of the database files
	 * @param pos {@code noun}, {@code verb} or {@code adj}
	 * @return the part of speech
	 * @throws IOException when a file cannot be read
	 */
	static WordNet read(Path folder, String pos) throws IOException {
		WordNet wordNet = new WordNet();
		for (String line : lines(folder.resolve("data." + pos))) {
			if (!line.startsWith(" ")) {
				wordNet.parse(line);
			}
		}
		for (String line : lines(folder.resolve("index." + pos))) {
			if (!line.startsWith(" ")) {
				String[] f = line.split(" ");
				int count = Integer.parseInt(f[2]);
				wordNet.senses.put(f[0], List.of(f).subList(f.length - count, f.length));
			}
		}
		String type = switch (pos) {
			case "noun" -> "1";
			case "verb" -> "2";
			default -> "3";
		};
		for (String line : lines(folder.resolve("cntlist.rev"))) {
			String[] f = line.split(" ");
			String[] key = f[0].split("%");
			String ssType = key[1].substring(0, 1);
			if (ssType.equals(type) || type.equals("3") && ssType.equals("5")) {
				wordNet.tagCounts.computeIfAbsent(key[0], (k) -> new HashMap<>())
					.put(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
			}
		}
		Path exceptions = folder.resolve(pos + ".exc");
		if (Files.exists(exceptions)) {
			for (String line : lines(exceptions)) {
				String[] f = line.split(" ");
				for (int i = 1; i < f.length; i++) {
					wordNet.irregular.computeIfAbsent(f[i], (k) -> new java.util.ArrayList<>()).add(f[0]);
				}
			}
		}
		return wordNet;
	}

	private void parse(String line) {
		String[] f = line.split(" \\| ", 2)[0].split(" ");
		int count = Integer.parseInt(f[3], 16);
		List<String> words = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			words.add(f[4 + 2 * i].toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*\\)$", ""));
		}
		int at = 4 + 2 * count;
		int pointerCount = Integer.parseInt(f[at++]);
		List<Pointer> pointers = new java.util.ArrayList<>();
		for (int i = 0; i < pointerCount; i++, at += 4) {
			pointers.add(new Pointer(f[at], f[at + 1]));
		}
		this.synsets.put(f[0], new Synset(words, Integer.parseInt(f[1]), pointers, f[2].equals("s")));
	}

	/**
	 * A sense by its usual name, such as {@code kill.1}: the lemma's first sense.
	 * @param spec lemma, a dot and the sense number
	 * @return the synset offset
	 */
	String sense(String spec) {
		int dot = spec.lastIndexOf('.');
		List<String> offsets = this.senses.get(spec.substring(0, dot));
		if (offsets == null) {
			throw new IllegalArgumentException("WordNet has no " + spec);
		}
		return offsets.get(Integer.parseInt(spec.substring(dot + 1)) - 1);
	}

	/**
	 * The synsets below some roots, the roots included, through hyponym pointers
	 * ({@code ~}; instances, which are names, are not followed).
	 * @param roots the roots' offsets
	 * @return the offsets
	 */
	Set<String> below(List<String> roots) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(roots);
		while (!todo.isEmpty()) {
			String offset = todo.pop();
			if (seen.add(offset)) {
				for (Pointer p : this.synsets.get(offset).pointers()) {
					if (p.symbol().equals("~")) {
						todo.push(p.target());
					}
				}
			}
		}
		return seen;
	}

	Synset synset(String offset) {
		return this.synsets.get(offset);
	}

	/**
	 * The synsets a synset is a kind of, through hypernym pointers ({@code @}, and
	 * {@code @i} for an instance), nearest first, at most some steps up.
	 * @param offset the synset
	 * @param steps how many steps up at most
	 * @return the offsets, the synset's own first
	 */
	Set<String> above(String offset, int steps) {
		Set<String> seen = new java.util.LinkedHashSet<>();
		List<String> level = List.of(offset);
		for (int step = 0; step <= steps && !level.isEmpty(); step++) {
			List<String> next = new java.util.ArrayList<>();
			for (String at : level) {
				if (seen.add(at)) {
					for (Pointer p : this.synsets.get(at).pointers()) {
						if (p.symbol().equals("@") || p.symbol().equals("@i")) {
							next.add(p.target());
						}
					}
				}
			}
			level = next;
		}
		return seen;
	}

	/**
	 * A synset's name as WordNet's users write it: its first word and which sense of that
	 * word it is ("animal.n1").
	 * @param offset the synset
	 * @param pos the part of speech's letter
	 * @return the name
	 */
	String name(String offset, String pos) {
		String word = this.synsets.get(offset).words().get(0);
		int sense = this.senses.getOrDefault(word, List.of()).indexOf(offset) + 1;
		return word + "." + pos + sense;
	}

	/**
	 * @return every lemma and its senses, most frequent first
	 */
	Map<String, List<String>> lemmas() {
		return this.senses;
	}

	/**
	 * @param lemma a lemma
	 * @param senseNumber its sense, from 1
	 * @return how often the sense was tagged in the semantic concordance
	 */
	int tagCount(String lemma, int senseNumber) {
		return this.tagCounts.getOrDefault(lemma, Map.of()).getOrDefault(senseNumber, 0);
	}

	/**
	 * @return the irregular forms of a lemma ("slew", "slain" of "slay")
	 */
	List<String> irregularForms(String lemma) {
		return this.irregular.getOrDefault(lemma, List.of());
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
	}

}
