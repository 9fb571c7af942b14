package org.membercomms.checker.text;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link PostText} cuts a post into words: what counts as a word, how clitics ("'s",
 * "n't") are split off, where a sentence ends (patterns never cross one), which words
 * stand in quotation marks, and how a word spelled out letter by letter is joined again.
 */
class PostTextWordsTest {

	private static final Predicate<String> NOTHING_SPELLED_OUT = (word) -> false;

	private static List<Token> words(String text) {
		return PostText.of(text, NOTHING_SPELLED_OUT).tokens();
	}

	private static List<String> norms(String text) {
		return words(text).stream().map(Token::norm).toList();
	}

	/** Each word followed by the number of its sentence, such as "then/1". */
	private static List<String> sentences(String text) {
		return words(text).stream().map((token) -> token.norm() + "/" + token.sentence()).toList();
	}

	@Test
	void cutsAHashtagInCamelCaseIntoItsWordsAndKeepsWhereEachStands() {
		String text = "Join us #SaveOurLibrary #MAGA #boro";
		List<Token> words = words(text);
		assertThat(words).extracting(Token::norm)
			.containsExactly("join", "us", "save", "our", "library", "maga", "boro");
		assertThat(text.substring(words.get(3).start(), words.get(3).end())).isEqualTo("Our");
	}

	@Test
	void cutsWordsAtSpacesAndPunctuationAndNumbersThemInOrder() {
		List<Token> words = words("Hello, Councillor (again): 3.5% - up!");
		assertThat(words).extracting(Token::norm).containsExactly("hello", "councillor", "again", "3", "5", "up");
		assertThat(words).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@ParameterizedTest(name = "\"{0}\" is cut into {1}")
	@CsvSource(delimiter = '|',
			value = { "the council's plan|[the, council, 's, plan]", "I don't know|[i, do, n't, know]",
					"we'll see|[we, 'll, see]", "they're here|[they, 're, here]", "I've said|[i, 've, said]",
					"I'd go|[i, 'd, go]", "I'm off|[i, 'm, off]", "the Smiths' house|[the, smiths, house]",
					"o'clock rock'n'roll|[o'clock, rock'n'roll]" })
	void splitsCliticsOffTheWordTheyLeanOn(String text, String words) {
		assertThat(norms(text)).hasToString(words);
	}

	@Test
	void keepsMaskingAndLeetspeakCharactersInsideAWord() {
		assertThat(norms("sh!t f*ck $hit b|tch fu#k")).containsExactly("sh!t", "f*ck", "$hit", "b|tch", "fu#k");
		assertThat(norms("great! really")).as("an exclamation mark after a word is punctuation")
			.containsExactly("great", "really");
	}

	@Test
	void dropsTheAtSignOfAMentionButKeepsOneInsideAWord() {
		List<Token> words = words("Ask @CllrJones or h@te");
		assertThat(words).extracting(Token::norm).containsExactly("ask", "cllrjones", "or", "h@te");
		assertThat(words.get(1).start()).as("the span starts after the @").isEqualTo("Ask @".length());
	}

	@Test
	void skipsRunsOfPunctuationThatHoldNoLetterOrDigit() {
		assertThat(norms("*** $$$ @@@ !!! ... --- well")).containsExactly("well");
	}

	@Test
	void stopsASentenceAtAFullStopQuestionMarkOrExclamationMarkBeforeASpace() {
		assertThat(sentences("It closed. Why? Shame! Now")).containsExactly("it/0", "closed/0", "why/1", "shame/2",
				"now/3");
		assertThat(sentences("It was great!!! Then... what")).containsExactly("it/0", "was/0", "great/0", "then/1",
				"what/2");
	}

	@Test
	void startsANewSentenceOnEveryLine() {
		assertThat(sentences("First line\nsecond line\r\n\nthird")).containsExactly("first/0", "line/0", "second/1",
				"line/1", "third/2");
		assertThat(PostText.of("First line\nsecond line\r\n\nthird", NOTHING_SPELLED_OUT).sentences()).isEqualTo(3);
	}

	@Test
	void doesNotEndASentenceInsideANumberOrAnAddress() {
		assertThat(sentences("Up 3.5 per cent at www.example.org today")).allMatch((word) -> word.endsWith("/0"));
	}

	@Test
	void doesNotEndASentenceAfterATitleAnAbbreviationOrAnInitial() {
		assertThat(sentences("Cllr. J. Smith met Mr. Jones and Dr. Patel etc. on Tuesday."))
			.allMatch((word) -> word.endsWith("/0"));
	}

	@Test
	void endsASentenceAtAFullStopInsideClosingQuotes() {
		assertThat(sentences("He said \"it's over.\" Then left")).containsExactly("he/0", "said/0", "it/0", "'s/0",
				"over/0", "then/1", "left/1");
	}

	@Test
	void countsNoSentencesInATextWithoutWords() {
		assertThat(PostText.of(" ... !!! \n", NOTHING_SPELLED_OUT).sentences()).isZero();
		assertThat(PostText.of("", NOTHING_SPELLED_OUT).tokens()).isEmpty();
	}

	@Test
	void marksWordsInsideDoubleOrSingleQuotationMarksAsQuoted() {
		List<Token> words = words("He called me \u201Ca liar\u201D and 'a fool' but it's fine");
		assertThat(words).filteredOn(Token::quoted).extracting(Token::norm).containsExactly("a", "liar", "a", "fool");
	}

	@Test
	void endsAnUnclosedQuotationAtTheEndOfTheLine() {
		List<Token> words = words("He said \"you liar\nand left");
		assertThat(words).filteredOn(Token::quoted).extracting(Token::norm).containsExactly("you", "liar");
	}

	@Test
	void joinsAWordSpelledOutLetterByLetterWhenItIsAWordToLookFor() {
		Predicate<String> lookedFor = Set.of("corrupt", "fuck")::contains;
		String text = "a c-o-r-r-u-p-t man, f u c k off";
		List<Token> words = PostText.of(text, lookedFor).tokens();
		assertThat(words).extracting(Token::norm).containsExactly("a", "corrupt", "man", "fuck", "off");
		assertThat(words).extracting(Token::index).containsExactly(0, 1, 2, 3, 4);
		Token corrupt = words.get(1);
		assertThat(text.substring(corrupt.start(), corrupt.end())).isEqualTo("c-o-r-r-u-p-t");
	}

	@Test
	void joinsASpelledOutWordThatIsLookedForInAnotherForm() {
		// "s h 1 t" joined is "sh1t", whose leetspeak form is looked for
		List<Token> words = PostText.of("s h 1 t", Set.of("shit")::contains).tokens();
		assertThat(words).extracting(Token::norm).containsExactly("sh1t");
		assertThat(words.get(0).forms()).contains("shit");
	}

	@Test
	void leavesSingleLettersAloneWhenTheyDoNotSpellAWordToLookFor() {
		Predicate<String> lookedFor = Set.of("fuck")::contains;
		assertThat(norms("plan A b c")).containsExactly("plan", "a", "b", "c");
		assertThat(PostText.of("plan a b c", lookedFor).tokens()).hasSize(4);
		assertThat(PostText.of("f u c k s", lookedFor).tokens()).as("the whole run of letters is one word or none")
			.hasSize(5);
		assertThat(PostText.of("f u! c k", lookedFor).tokens()).as("not across a sentence").hasSize(4);
		assertThat(PostText.of("f u. c k", lookedFor).tokens()).as("a full stop after one letter marks an initial")
			.hasSize(1);
	}

}
