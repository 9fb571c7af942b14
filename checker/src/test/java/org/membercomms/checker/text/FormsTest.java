package org.membercomms.checker.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms a word may stand for ({@link Forms}, {@link Token#forms()}): besides its
 * folded self, its leetspeak decoded ("sh1t", "$hit") and its letters repeated for
 * emphasis squeezed ("fuuuuck"). Every look-up of a word (word sets, word lists in
 * patterns, {@link Token#is}) tries all its forms. There is no stemming: plurals and
 * other inflections are matched because the lexicons list them, or by a prefix in a
 * pattern ({@code brib*}, see {@link PatternLanguageTest}); a possessive "'s" is cut off
 * as a word of its own.
 */
class FormsTest {

	static Lexicons lexicons;

	@BeforeAll
	static void load() {
		lexicons = Lexicons.load();
	}

	private static Token word(String text) {
		List<Token> words = PostText.of(text, (word) -> false).tokens();
		assertThat(words).hasSize(1);
		return words.get(0);
	}

	@ParameterizedTest(name = "\"{0}\" has no other form")
	@ValueSource(strings = { "council", "idiot", "aardvark", "good", "committee" })
	void givesAPlainWordNoOtherForm(String word) {
		assertThat(Forms.of(word)).containsExactly(word);
	}

	@ParameterizedTest(name = "\"{0}\" also stands for \"{1}\"")
	@CsvSource({ "sh1t, shit", "$hit, shit", "sh!t, shit", "@ss, ass", "1di0t, idiot", "c0rrupt, corrupt", "l4zy, lazy",
			"b|tch, bitch", "7w4t, twat", "8itch, bitch", "9it, git", "5cum, scum", "id#iot, idiot" })
	void decodesLeetspeakDigitsAndSymbolsIntoLetters(String written, String decoded) {
		assertThat(Forms.of(written)).startsWith(written).contains(decoded);
	}

	@ParameterizedTest(name = "\"{0}\" is an amount, not leetspeak")
	@ValueSource(strings = { "900k", "4m", "b4", "2nd", "a1", "1d10t" })
	void readsMostlyDigitsAsAnAmountNotLeetspeak(String written) {
		// a decoded form needs two letters or more, and letters for half the word: even
		// "1d10t" (two letters in five) is left as it is
		assertThat(Forms.of(written)).containsExactly(written);
	}

	@ParameterizedTest(name = "\"{0}\" also stands for {1}")
	@CsvSource(delimiter = '|', value = { "fuuuuck|fuuuuck fuck fuuck", "idiooot|idiooot idiot idioot",
			"shiiiit|shiiiit shit shiit", "looooser|looooser loser looser" })
	void squeezesALetterRepeatedThreeTimesOrMoreToOneAndToTwo(String written, String forms) {
		// "looser" and "loser" are both kept: the writer may have meant either
		assertThat(Forms.of(written)).containsExactly(forms.split(" "));
	}

	@Test
	void neverSqueezesALetterWrittenTwice() {
		assertThat(Forms.of("goodness")).containsExactly("goodness");
		assertThat(Forms.of("coooool")).containsExactly("coooool", "col", "cool");
	}

	@Test
	void decodesLeetspeakBeforeSqueezing() {
		assertThat(Forms.of("5hiiiit")).containsExactly("5hiiiit", "shiiiit", "shit", "shiit");
	}

	@Test
	void keepsTheWordAsWrittenAsItsFirstForm() {
		Token token = word("5h1t");
		assertThat(token.norm()).isEqualTo("5h1t");
		assertThat(token.forms()).containsExactly("5h1t", "shit");
	}

	@Test
	void matchesAWordAgainstAllItsForms() {
		assertThat(word("c0rrupt").is("corrupt")).isTrue();
		assertThat(word("CORRUUUPT").is("corrupt")).isTrue();
		assertThat(word("corrupted").is("corrupt")).as("no stemming").isFalse();
	}

	@Test
	void findsWordsOfALexiconInAnyOfTheirForms() {
		WordSet insults = lexicons.set("insults");
		assertThat(insults.contains(word("1di0t"))).isTrue();
		assertThat(insults.contains(word("IDIOOOT"))).isTrue();
		assertThat(insults.contains(word("\u0456d\u0456\u043Et"))).as("Cyrillic i and o").isTrue();
	}

	@Test
	void matchesPluralsOnlyWhenTheLexiconListsThem() {
		WordSet singular = new WordSet("singular", List.of("idiot"), false);
		assertThat(singular.contains(word("idiot"))).isTrue();
		assertThat(singular.contains(word("idiots"))).isFalse();
		assertThat(lexicons.set("insults").contains(word("idiots"))).as("the shipped list has both").isTrue();
	}

	@Test
	void cutsAPossessiveOffSoThatTheWordItselfIsFound() {
		List<Token> words = PostText.of("the idiot's plan", (word) -> false).tokens();
		assertThat(words).extracting(Token::norm).containsExactly("the", "idiot", "'s", "plan");
		assertThat(lexicons.set("insults").contains(words.get(1))).isTrue();
	}

	@Test
	void cutsLexiconEntriesIntoWordsAsItCutsPosts() {
		// "half-wit" and "don't belong" are entries of the shipped lexicons
		WordSet insults = lexicons.set("insults");
		WordSet dehumanising = lexicons.set("dehumanising");
		for (String written : List.of("half-wit", "half wit", "HALF\u2014WIT", "half - wit")) {
			List<Token> words = PostText.of(written, (word) -> false).tokens();
			assertThat(insults.match(words, 0)).as(written).isEqualTo(2);
		}
		for (String written : List.of("don't belong", "don\u2019t belong", "DON'T BELONG")) {
			List<Token> words = PostText.of(written, (word) -> false).tokens();
			assertThat(dehumanising.match(words, 0)).as(written).isEqualTo(3);
		}
	}

	@Test
	void testsAWordClassOnTheFoldedFormOrOnAnyForm() {
		WordClass verbs = WordClass.of(Set.of("shut", "close"));
		Token leet = word("5hut");
		assertThat(verbs.contains(leet)).as("the folded form is \"5hut\"").isFalse();
		assertThat(verbs.containsAnyForm(leet)).isTrue();
		assertThat(verbs.contains(word("SHUT"))).isTrue();
	}

	@Test
	void givesTheSameAnswersForAWordClassRegisteredWithTheLexicons() {
		Lexicons own = Lexicons.load();
		WordClass verbs = own.wordClass("test-verbs", Set.of("shut", "close"));
		assertThat(own.wordClass("test-verbs")).isSameAs(verbs);
		List<Token> words = PostText.of("5hut SHUT open", (word) -> false, own).tokens();
		assertThat(words).extracting(verbs::contains).containsExactly(false, true, false);
		assertThat(words).extracting(verbs::containsAnyForm).containsExactly(true, true, false);
	}

}
