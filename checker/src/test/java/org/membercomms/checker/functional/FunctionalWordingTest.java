package org.membercomms.checker.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.functional.FunctionalSuite.Template;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.Token;

/**
 * Holds the functional suite's wording rule: a held-back template uses no multi-word
 * entry of the lexicons of wordings, and no single word of the lexicons of hostile words,
 * read the way the checker reads posts (so a leetspeak or doubled-letter spelling counts
 * too).
 */
class FunctionalWordingTest {

	/**
	 * Every lexicon but those naming targets (roles, officers, institutions, names) or
	 * common words.
	 */
	private static final List<String> WORDINGS = List.of("profanity", "profanity-mild", "slurs", "insults",
			"insults-attributed", "insult-adjectives", "dehumanising", "groups", "ldnoobw-en");

	private static final List<String> HOSTILE_WORDS = List.of("dehumanising", "insults", "slurs", "insults-attributed");

	@Test
	void heldBackTemplatesAvoidTheLexiconsWordings() {
		Set<String> singles = new HashSet<>();
		for (String lexicon : HOSTILE_WORDS) {
			for (List<String> entry : entries(lexicon)) {
				if (entry.size() == 1) {
					singles.add(entry.get(0));
				}
			}
		}
		List<List<String>> phrases = new ArrayList<>();
		for (String lexicon : WORDINGS) {
			entries(lexicon).stream().filter((e) -> e.size() > 1).forEach(phrases::add);
		}
		assertThat(singles).hasSizeGreaterThan(300);
		assertThat(phrases).hasSizeGreaterThan(100);
		List<String> found = new ArrayList<>();
		for (Template template : FunctionalSuite.load().templates()) {
			if (!template.half().equals(FunctionalSuite.HELD_BACK)) {
				continue;
			}
			for (String part : template.text().split("\\{[a-z]+}")) {
				List<Token> tokens = PostText.of(part, (w) -> false).tokens();
				for (Token token : tokens) {
					Arrays.stream(token.forms())
						.filter(singles::contains)
						.forEach((w) -> found.add(template.id() + ": " + w));
				}
				for (List<String> phrase : phrases) {
					if (contains(tokens, phrase)) {
						found.add(template.id() + ": " + String.join(" ", phrase));
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static boolean contains(List<Token> tokens, List<String> phrase) {
		for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
			int i = 0;
			while (i < phrase.size() && Arrays.asList(tokens.get(start + i).forms()).contains(phrase.get(i))) {
				i++;
			}
			if (i == phrase.size()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A lexicon's entries, each cut into words as posts are.
	 * @param lexicon the file name without {@code .txt}
	 * @return the entries
	 */
	private static List<List<String>> entries(String lexicon) {
		List<List<String>> entries = new ArrayList<>();
		String path = "/org/membercomms/checker/lexicon/" + lexicon + ".txt";
		try (InputStream in = FunctionalWordingTest.class.getResourceAsStream(path)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> words = PostText.of(line, (w) -> false).tokens().stream().map(Token::norm).toList();
				if (!words.isEmpty()) {
					entries.add(words);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}
