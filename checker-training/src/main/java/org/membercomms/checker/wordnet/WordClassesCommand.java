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
import java.util.TreeSet;

/**
 * {@code word-classes}: draws the checker's WordNet word classes from a WordNet 3.0
 * database folder (Debian's {@code wordnet-base} installs one at
 * {@code /usr/share/wordnet}) and writes one lexicon file a class, with WordNet's licence
 * notice in its header. The build never runs it: the files it wrote are committed, and
 * running it again on the same WordNet writes the same files.
 */
public final class WordClassesCommand {

	/** WordNet 3.0's licence notice, which must appear on every copy. */
	static final String NOTICE = """
			# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
			# Permission to use, copy, modify and distribute this software and database and its
			# documentation for any purpose and without fee or royalty is hereby granted, provided
			# that this copyright notice and these statements appear on all copies.
			# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
			# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
			# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
			# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
			# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
			# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
			# publicity pertaining to distribution of the software and/or database. Title to copyright
			# in this software, database and any associated documentation shall at all times remain
			# with Princeton University.
			""";

	private WordClassesCommand() {
	}

	/**
	 * Writes every class.
	 * @param args {@code --wordnet DIR --out DIR}
	 * @param out where to say what was written
	 * @return the exit status
	 * @throws IOException when a file cannot be read or written
	 */
	public static int run(List<String> args, PrintStream out) throws IOException {
		Path wordnet = Path.of("/usr/share/wordnet");
		Path folder = null;
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
				case "--wordnet" -> wordnet = Path.of(args.get(++i));
				case "--out" -> folder = Path.of(args.get(++i));
				default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
			}
		}
		if (folder == null) {
			throw new IllegalArgumentException("--out is needed");
		}
		Map<String, WordNet> parts = new HashMap<>();
		for (String pos : List.of("noun", "verb", "adj")) {
			parts.put(pos, WordNet.read(wordnet, pos));
		}
		for (WordClass wordClass : WordClasses.ALL) {
			WordNet part = parts.get(wordClass.pos().startsWith("verb") ? "verb" : wordClass.pos());
			Set<String> lemmas = WordClasses.lemmas(wordClass, part, parts.get("noun"));
			List<String> lines = lines(wordClass, lemmas, part);
			Files.write(folder.resolve(wordClass.name() + ".txt"), lines, StandardCharsets.UTF_8);
			out.println(wordClass.name() + ": " + lemmas.size() + " lemmas, "
					+ (lines.size() - header(wordClass).size()) + " forms");
		}
		return 0;
	}

	private static List<String> lines(WordClass wordClass, Set<String> lemmas, WordNet part) {
		Set<String> forms = new TreeSet<>();
		for (String lemma : lemmas) {
			switch (wordClass.pos()) {
				case "noun" -> forms.addAll(Inflections.noun(lemma, part));
				case "verb" -> forms.addAll(Inflections.verb(lemma, part));
				case "verb-present" -> forms.addAll(List.of(lemma, Inflections.plural(lemma)));
				default -> forms.add(lemma);
			}
		}
		List<String> lines = new ArrayList<>(header(wordClass));
		lines.addAll(forms);
		return lines;
	}

	private static List<String> header(WordClass wordClass) {
		List<String> header = new ArrayList<>();
		header.add("# " + wordClass.purpose() + ".");
		header.add("# Drawn from WordNet 3.0 by `membercomms-checker-training word-classes` (class "
				+ "org.membercomms.checker.wordnet.WordClasses): do not edit by hand.");
		header.add("# Roots: " + String.join(", ", wordClass.roots()) + "; selection " + wordClass.selection()
				+ "; left out by hand: " + String.join(", ", new TreeSet<>(wordClass.rejects())) + ".");
		header.addAll(NOTICE.lines().toList());
		return header;
	}

}
