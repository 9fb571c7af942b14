package org.membercomms.checker.wordnet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.membercomms.checker.rules.WordHypernyms;

/**
 * The {@code hypernyms} command: writes the table of what kind of thing each word names
 * ({@link WordHypernyms}) from WordNet 3.0. For every plain lemma (letters only, longer
 * than two) it takes the lemma's commonest sense as a noun, a verb and an adjective
 * (WordNet lists senses most frequent first), that synset and those up to {@link #STEPS}
 * steps above it (an adjective's cluster head in place of hypernyms), and files them
 * under the stem of each written form; classes that hold fewer than {@link #FEWEST} stems
 * or more than {@link #WIDEST} of them are left out. Running it again on the same WordNet
 * writes the same table.
 */
public final class HypernymsCommand {

	/**
	 * How far up WordNet's hierarchy a word's classes reach ("hyena" reaches "animal").
	 */
	static final int STEPS = 8;

	/**
	 * A class must hold at least this many stems: one that holds fewer says no more than
	 * the words themselves.
	 */
	static final int FEWEST = 3;

	/**
	 * A class may hold at most this share of the stems: "entity" or "abstraction" says
	 * nothing about a word.
	 */
	static final double WIDEST = 0.05;

	private HypernymsCommand() {
	}

	/**
	 * Writes the table.
	 * @param args {@code [--wordnet DIR] --out FILE}
	 * @param out where to say what was written
	 * @return the exit status
	 * @throws IOException when a file cannot be read or written
	 */
	public static int run(List<String> args, PrintStream out) throws IOException {
		Path wordnet = Path.of("/usr/share/wordnet");
		Path file = null;
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
				case "--wordnet" -> wordnet = Path.of(args.get(++i));
				case "--out" -> file = Path.of(args.get(++i));
				default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
			}
		}
		if (file == null) {
			throw new IllegalArgumentException("--out is needed");
		}
		Map<String, Set<String>> table = new TreeMap<>();
		for (String pos : List.of("noun", "verb", "adj")) {
			WordNet part = WordNet.read(wordnet, pos);
			part.lemmas().forEach((lemma, senses) -> {
				if (lemma.length() > 2 && lemma.chars().allMatch((c) -> c >= 'a' && c <= 'z')) {
					List<String> classes = classes(part, pos, senses.get(0));
					for (String form : forms(part, pos, lemma)) {
						table.computeIfAbsent(WordHypernyms.stem(form), (s) -> new TreeSet<>()).addAll(classes);
					}
				}
			});
		}
		Map<String, Integer> sizes = new HashMap<>();
		table.values().forEach((classes) -> classes.forEach((c) -> sizes.merge(c, 1, Integer::sum)));
		table.values()
			.forEach((classes) -> classes
				.removeIf((c) -> sizes.get(c) < FEWEST || sizes.get(c) > WIDEST * table.size()));
		table.values().removeIf(Set::isEmpty);
		List<String> lines = new ArrayList<>();
		lines.add("# What kind of thing each word stem names: the WordNet synset of the commonest sense of each "
				+ "lemma it stems from");
		lines.add("# and those up to " + STEPS + " steps above it, without classes of fewer than " + FEWEST
				+ " stems or more than " + Math.round(WIDEST * 100) + "% of them.");
		lines
			.add("# Drawn from WordNet 3.0 by `membercomms-checker-training hypernyms` (ADR 34): do not edit by hand.");
		lines.addAll(WordClassesCommand.NOTICE.lines().toList());
		table.forEach((stem, classes) -> lines.add(stem + "\t" + String.join(" ", classes)));
		Files.write(file, lines, StandardCharsets.UTF_8);
		out.println("hypernyms: " + table.size() + " stems");
		return 0;
	}

	private static List<String> classes(WordNet part, String pos, String sense) {
		String letter = pos.substring(0, 1);
		List<String> classes = new ArrayList<>();
		if (pos.equals("adj")) {
			classes.add("^" + part.name(sense, letter));
			for (WordNet.Pointer p : part.synset(sense).pointers()) {
				if (p.symbol().equals("&") && part.synset(sense).satellite()) {
					classes.add("^" + part.name(p.target(), letter));
				}
			}
			return classes;
		}
		for (String offset : part.above(sense, STEPS)) {
			classes.add("^" + part.name(offset, letter));
		}
		return classes;
	}

	private static Set<String> forms(WordNet part, String pos, String lemma) {
		return switch (pos) {
			case "noun" -> Inflections.noun(lemma, part);
			case "verb" -> Inflections.verb(lemma, part);
			default -> Set.of(lemma);
		};
	}

}
