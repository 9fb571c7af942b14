package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The pattern language the rules are written in ({@link Patterns}), one behaviour a test:
 * words, alternatives, phrases, prefixes, word sets, recogniser marks, optional elements
 * and gaps of up to N words, and that a match never runs past the end of a sentence. Each
 * runs twice: on words annotated by the lexicons (the checker's fast path, where words
 * that cannot start an element are passed over by bit tests) and on plain words.
 */
class PatternLanguageTest {

	static Lexicons lexicons;

	static Patterns patterns;

	private static final int[] GAPS = { 1, 2, 3, 6 };

	@BeforeAll
	static void compile() {
		lexicons = Lexicons.load();
		StringBuilder source = new StringBuilder("""
				# a comment, and a blank line

				next: council closed
				either: council closed|shut_down
				phrase: on_the_take
				prefix: took brib*
				set: you ~1 @insults
				optional: council very? quietly closed
				named: %PERSON is corrupt
				""");
		for (int gap : GAPS) {
			source.append(tag(gap)).append(": start ~").append(gap).append(" stop\n");
		}
		patterns = Patterns.compile(source.toString(), lexicons);
	}

	/** A tag is lower-case letters, hyphens and underscores: "gap-three" for ~3. */
	private static String tag(int gap) {
		return "gap-" + List.of("zero", "one", "two", "three", "four", "five", "six").get(gap);
	}

	private static List<Token> words(String text, boolean annotated) {
		return PostText.of(text, (word) -> false, annotated ? lexicons : null).tokens();
	}

	/** The matches of one pattern, as "first-last" word numbers. */
	private static List<String> matches(String tag, List<Token> words) {
		return patterns.find(words)
			.stream()
			.filter((match) -> match.tag().equals(tag))
			.map((match) -> match.first() + "-" + match.last())
			.toList();
	}

	private static List<String> matches(String tag, String text, boolean annotated) {
		return matches(tag, words(text, annotated));
	}

	static Stream<Arguments> gapsAndWordsBetween() {
		List<Arguments> cases = new ArrayList<>();
		for (boolean annotated : new boolean[] { true, false }) {
			for (int gap : GAPS) {
				for (int between = 0; between <= gap + 1; between++) {
					cases.add(Arguments.of(gap, between, annotated));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "start ~{0} stop, {1} words between, annotated: {2}")
	@MethodSource("gapsAndWordsBetween")
	void letsAGapOfUpToNWordsStandBetweenTwoElements(int gap, int between, boolean annotated) {
		String text = "start "
				+ String.join(" ", List.of("one", "two", "three", "four", "five", "six", "seven").subList(0, between))
				+ " stop";
		List<String> found = matches(tag(gap), text, annotated);
		if (between <= gap) {
			assertThat(found).containsExactly("0-" + (between + 1));
		}
		else {
			assertThat(found).isEmpty();
		}
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void endsAGapAtTheFirstPlaceWhereTheRestOfThePatternMatches(boolean annotated) {
		assertThat(matches("gap-six", "start and stop and then stop", annotated)).containsExactly("0-2");
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void stopsAPatternAtTheEndOfASentence(boolean annotated) {
		assertThat(matches("next", "The council closed it", annotated)).containsExactly("1-2");
		assertThat(matches("next", "We asked the council. Closed, it said", annotated)).isEmpty();
		assertThat(matches("gap-six", "Press start. Then stop", annotated)).isEmpty();
		assertThat(matches("gap-six", "Press start! Then stop", annotated)).isEmpty();
		assertThat(matches("gap-six", "Press start\nand stop", annotated)).isEmpty();
		assertThat(matches("phrase", "He is on the\ntake", annotated)).isEmpty();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void letsAMatchEndWithItsSentence(boolean annotated) {
		assertThat(matches("gap-six", "Start it, then stop. Then go", annotated)).containsExactly("0-3");
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void findsPhrasesOfSeveralWordsWordByWord(boolean annotated) {
		assertThat(matches("phrase", "He is on the take", annotated)).containsExactly("2-4");
		assertThat(matches("phrase", "He is ON THE T4KE", annotated)).containsExactly("2-4");
		assertThat(matches("phrase", "He is on the bus", annotated)).isEmpty();
		assertThat(matches("phrase", "He is on take", annotated)).isEmpty();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void acceptsAnyOfTheAlternativesOfAnElementWhetherWordsOrPhrases(boolean annotated) {
		assertThat(matches("either", "The council closed it", annotated)).containsExactly("1-2");
		assertThat(matches("either", "The council shut down the library", annotated)).containsExactly("1-3");
		assertThat(matches("either", "The council shut the library", annotated)).isEmpty();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void matchesTheInflectionsOfAWordByItsPrefix(boolean annotated) {
		for (String text : List.of("He took bribes", "He took bribery money", "He TOOK a BRIBE")) {
			List<String> expected = text.contains(" a ") ? List.of() : List.of("1-2");
			assertThat(matches("prefix", text, annotated)).as(text).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void matchesAWordSetInAnyFormIncludingMaskedWords(boolean annotated) {
		assertThat(matches("set", "you idiot", annotated)).containsExactly("0-1");
		assertThat(matches("set", "you absolute 1di0t", annotated)).containsExactly("0-2");
		assertThat(matches("set", "you utter id**t", annotated)).containsExactly("0-2");
		assertThat(matches("set", "you utter cl*wn", annotated)).as("clown is not an insult wherever it appears")
			.isEmpty();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void mayLeaveOutAnOptionalElement(boolean annotated) {
		assertThat(matches("optional", "The council very quietly closed it", annotated)).containsExactly("1-4");
		assertThat(matches("optional", "The council quietly closed it", annotated)).containsExactly("1-3");
		assertThat(matches("optional", "The council very closed it", annotated)).isEmpty();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void takesTheWholeRunOfWordsARecogniserMarked(boolean annotated) {
		List<Token> words = words("I think Cllr John Smith is corrupt", annotated);
		assertThat(matches("named", words)).as("no mark, no match").isEmpty();
		for (int k = 2; k <= 4; k++) {
			words.get(k).mark(Marks.PERSON | Marks.COUNCILLOR);
		}
		assertThat(matches("named", words)).containsExactly("2-6", "3-6", "4-6");
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void findsAMatchAtEveryWordWhereOneStartsEarliestFirst(boolean annotated) {
		assertThat(matches("next", "Council closed; council closed again", annotated)).containsExactly("0-1", "2-3");
		assertThat(patterns.find(words("start stop and the council closed", annotated))).extracting(Patterns.Match::tag)
			.containsExactly("gap-one", "gap-two", "gap-three", "gap-six", "next", "either");
	}

	@Test
	void pointsAMatchAtTheOriginalTextWhateverCameBefore() {
		String text = "\uD83D\uDE21\uD83D\uDE21 \u201CHe\u2019s ON THE T\u0410KE\u201D";
		List<Token> words = words(text, true);
		Patterns.Match match = patterns.find(words).get(0);
		assertThat(match.tag()).isEqualTo("phrase");
		assertThat(match.pattern()).isEqualTo("on_the_take");
		int[] offsets = match.offsets(words);
		assertThat(text.substring(offsets[0], offsets[1])).isEqualTo("ON THE T\u0410KE");
	}

	@Test
	void refusesAnUnknownWordSetOrMark() {
		assertThatIllegalArgumentException().isThrownBy(() -> Patterns.compile("bad: you @nonsense", lexicons))
			.withMessageContaining("@nonsense");
		assertThatIllegalArgumentException().isThrownBy(() -> Patterns.compile("bad: %NOBODY said", lexicons))
			.withMessageContaining("%NOBODY");
	}

	@Test
	void givesAPatternWithoutATagAnEmptyTag() {
		Patterns untagged = Patterns.compile("council closed", lexicons::set);
		assertThat(untagged.find(words("The council closed", false))).extracting(Patterns.Match::tag)
			.containsExactly("");
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void readsATagWithADigitAsAWordOfThePatternSoThatItNeverMatches(boolean annotated) {
		// a tag is lower-case letters, hyphens and underscores; "rule2:" is an element
		// instead, the word "rule2:", which no word of a post can be
		Patterns digit = Patterns.compile("rule2: council closed", lexicons);
		assertThat(digit.find(words("The council closed", annotated))).isEmpty();
		assertThat(digit.find(words("rule2: council closed", annotated))).isEmpty();
	}

}
