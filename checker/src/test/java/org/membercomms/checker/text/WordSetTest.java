package org.membercomms.checker.text;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a lexicon's word set recognises a post's words ({@link WordSet}): single words in
 * any of their forms, phrases of several words (the longest wins, never across a
 * sentence), and masked words such as "f*ck" or "id**t", which only the profanity and
 * insults lexicons accept. Each behaviour holds on words annotated by the lexicons (the
 * checker's fast path) and on plain words.
 */
class WordSetTest {

	static Lexicons lexicons;

	@BeforeAll
	static void load() {
		lexicons = Lexicons.load();
		lexicons.define("test-waste", List.of("waste", "waste of space", "waste of council money"));
	}

	private static List<Token> words(String text, boolean annotated) {
		return PostText.of(text, (word) -> false, annotated ? lexicons : null).tokens();
	}

	private static Token word(String text, boolean annotated) {
		List<Token> words = words(text, annotated);
		assertThat(words).hasSize(1);
		return words.get(0);
	}

	@ParameterizedTest(name = "\"{0}\" stands for a word of {1} (annotated: {2})")
	@CsvSource({ "f*ck, profanity, true", "f*ck, profanity, false", "sh*t, profanity, true", "F**K, profanity, true",
			"f***, profanity, false", "c*nt, profanity, true", "f\u2217ck, profanity, true", "id**t, insults, true",
			"id**t, insults, false", "m*ron, insults, true" })
	void readsAMaskedWordAsAnyWordOfAMaskableLexiconWithTheSameShape(String written, String lexicon,
			boolean annotated) {
		Token token = word(written, annotated);
		assertThat(token.masked()).isTrue();
		assertThat(lexicons.set(lexicon).contains(token)).isTrue();
		assertThat(lexicons.set(lexicon).match(List.of(token), 0)).isEqualTo(1);
	}

	@ParameterizedTest(name = "\"{0}\" unmasks to \"{1}\"")
	@CsvSource({ "sh*t, shit", "s**t, shit", "c*nt, cunt", "tw*t, twat", "f*cking, fucking" })
	void unmasksAWordByItsLengthItsFirstLetterAndItsVisibleLetters(String masked, String word) {
		assertThat(lexicons.set("profanity").unmask(masked)).isEqualTo(word);
	}

	@ParameterizedTest(name = "\"{0}\" stands for no word of the profanity lexicon")
	@ValueSource(strings = { "*uck", "f*x", "f*ng", "f**********", "fuck" })
	void needsTheFirstLetterTheLengthAndEveryVisibleLetterToFitAndOneLetterMasked(String masked) {
		// the first letter is never masked; a word with no * is not masked at all
		assertThat(lexicons.set("profanity").unmask(masked)).isNull();
	}

	@ParameterizedTest(name = "{0} holds \"{2}\" but does not accept \"{1}\"")
	@CsvSource({ "profanity-mild, cr*p, crap", "insults-attributed, cl*wn, clown",
			"insult-adjectives, usel*ss, useless", "slurs, w*gs, wogs", "institutions, c*uncil, council" })
	void acceptsMaskedWordsOnlyInTheProfanityAndInsultsLexicons(String lexicon, String masked, String word) {
		WordSet set = lexicons.set(lexicon);
		assertThat(set.contains(word(word, true))).isTrue();
		assertThat(set.contains(word(masked, true))).isFalse();
		assertThat(set.contains(word(masked, false))).isFalse();
		assertThat(set.unmask(masked)).isNull();
	}

	@Test
	void makesASetMaskableOnlyWhenAskedTo() {
		List<String> entries = List.of("corrupt");
		Token masked = word("c*rrupt", false);
		assertThat(new WordSet("maskable", entries, true).contains(masked)).isTrue();
		assertThat(new WordSet("plain", entries, false).contains(masked)).isFalse();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void findsTheLongestPhraseThatStartsAtAWord(boolean annotated) {
		WordSet waste = lexicons.set("test-waste");
		assertThat(waste.match(words("a waste of space", annotated), 1)).isEqualTo(3);
		assertThat(waste.match(words("a waste of council money", annotated), 1)).isEqualTo(4);
		assertThat(waste.match(words("a waste of council time", annotated), 1)).as("the single word").isEqualTo(1);
		assertThat(waste.match(words("a waste of space", annotated), 0)).isZero();
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void neverRunsAPhraseAcrossASentenceEnd(boolean annotated) {
		WordSet waste = lexicons.set("test-waste");
		assertThat(waste.match(words("What a waste. Of space we have plenty", annotated), 2)).isEqualTo(1);
		assertThat(waste.match(words("What a waste\nof space", annotated), 2)).isEqualTo(1);
	}

	@ParameterizedTest(name = "annotated: {0}")
	@ValueSource(booleans = { true, false })
	void matchesThePhrasesWordsInAnyOfTheirForms(boolean annotated) {
		WordSet waste = lexicons.set("test-waste");
		assertThat(waste.match(words("a WA5TE of $pace", annotated), 1)).isEqualTo(3);
		assertThat(waste.match(words("a waaaste ooof spaaace", annotated), 1)).isEqualTo(3);
	}

	@Test
	void tellsFromLexiconBitsWhetherAWordMayStartAnEntry() {
		long bits = WordSet.bitsOf(List.of(lexicons.set("test-waste")));
		assertThat(WordSet.mayStart(bits, word("Waste", true))).isTrue();
		assertThat(WordSet.mayStart(bits, word("council", true))).isFalse();
		assertThat(WordSet.mayStart(bits, word("council", false))).as("a plain word may start anything").isTrue();
		long maskable = WordSet.bitsOf(List.of(lexicons.set("profanity")));
		assertThat(WordSet.mayStart(maskable, word("f*ck", true))).as("a masked word may start anything").isTrue();
	}

	@Test
	void containsTheSingleWordsOfItsLexiconButNotThePhrases() {
		WordSet waste = lexicons.set("test-waste");
		assertThat(waste.name()).isEqualTo("test-waste");
		assertThat(waste.contains("waste")).isTrue();
		assertThat(waste.contains("waste of space")).isFalse();
		assertThat(lexicons.set("no-such-lexicon")).isNull();
	}

}
