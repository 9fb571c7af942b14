package org.membercomms.checker.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a post's words are folded and how each word keeps its place in the original text
 * ({@link PostText}): the checker matches the folded words, and every span it reports is
 * cut from the original with {@link Token#start()} and {@link Token#end()}, whatever the
 * folding added, removed or merged before the word.
 */
class PostTextFoldingTest {

	private static List<Token> words(String text) {
		return PostText.of(text, (word) -> false).tokens();
	}

	private static List<String> norms(String text) {
		return words(text).stream().map(Token::norm).toList();
	}

	/** Each word as the original text spells it, cut at the word's offsets. */
	private static List<String> originals(String text) {
		return words(text).stream().map((token) -> text.substring(token.start(), token.end())).toList();
	}

	@Test
	void foldsCaseAccentsAndLookAlikesIntoPlainLowerCaseWords() {
		String text = "The CAFÉ in Straße was full of \u0430ngry r\u0435sid\u0435nts";
		assertThat(norms(text)).containsExactly("the", "cafe", "in", "strasse", "was", "full", "of", "angry",
				"residents");
		assertThat(originals(text)).containsExactly("The", "CAFÉ", "in", "Straße", "was", "full", "of", "\u0430ngry",
				"r\u0435sid\u0435nts");
	}

	@Test
	void foldsCurlyQuotesAndKeepsOffsetsOfTheOriginal() {
		String text = "\u201CIt\u2019s a disgrace\u201D \u2014 she said";
		List<Token> words = words(text);
		assertThat(norms(text)).containsExactly("it", "'s", "a", "disgrace", "she", "said");
		assertThat(originals(text)).containsExactly("It", "\u2019s", "a", "disgrace", "she", "said");
		assertThat(words.get(3).start()).isEqualTo(text.indexOf("disgrace"));
	}

	@Test
	void seesThroughZeroWidthCharactersInsideAWordAndSpansThemInTheOriginal() {
		String text = "what an id\u200Bi\u200Dot";
		assertThat(norms(text)).containsExactly("what", "an", "idiot");
		assertThat(originals(text)).containsExactly("what", "an", "id\u200Bi\u200Dot");
	}

	@Test
	void dropsCombiningMarksSoThatZalgoTextReadsAsItsLetters() {
		String text = "c\u0337o\u0337r\u0337r\u0337u\u0337p\u0337t\u0337 officer";
		assertThat(norms(text)).containsExactly("corrupt", "officer");
		Token corrupt = words(text).get(0);
		// the word ends with its last letter: a mark after it folds to nothing, so it is
		// left outside the span
		assertThat(text.substring(corrupt.start(), corrupt.end()))
			.isEqualTo("c\u0337o\u0337r\u0337r\u0337u\u0337p\u0337t");
	}

	@Test
	void readsFullWidthAndMathematicalLettersAndSpansTheirSurrogatePairs() {
		String bold = "\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC28\uD835\uDC2D"; // 𝐢𝐝𝐢𝐨𝐭
		String text = "\uFF29\uFF44\uFF49\uFF4F\uFF54 and " + bold + "!";
		assertThat(norms(text)).containsExactly("idiot", "and", "idiot");
		assertThat(originals(text)).containsExactly("\uFF29\uFF44\uFF49\uFF4F\uFF54", "and", bold);
		assertThat(words(text).get(2).end() - words(text).get(2).start()).as("ten chars, five code points")
			.isEqualTo(10);
	}

	@ParameterizedTest(name = "after \"{0}\"")
	@ValueSource(strings = { "\uD83D\uDE00 ", "\uD83D\uDC4D\uD83C\uDFFD ", "\uD83C\uDDEC\uD83C\uDDE7 ",
			"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 ", "Straße\u00A0", "ﬁne ", "\u2122 ", "\u00BD ",
			"x\u0301\u0301\u0301 ", "\u200B\u200B\u200B", "\uD800 ", "\r\n\t" })
	void mapsAWordBackToTheOriginalWhateverWasFoldedBeforeIt(String before) {
		// an emoji, an emoji with a skin tone, a flag, a family joined by zero-width
		// joiners, ß and a no-break space, a ligature, ™, ½, stacked accents, invisible
		// characters, an unpaired surrogate, line ends and a tab
		String text = before + "Councillor Smith is a liar";
		List<Token> words = words(text);
		Token liar = words.get(words.size() - 1);
		assertThat(liar.norm()).isEqualTo("liar");
		assertThat(liar.start()).isEqualTo(text.indexOf("liar"));
		assertThat(text.substring(liar.start(), liar.end())).isEqualTo("liar");
		assertThat(originals(text)).endsWith("Councillor", "Smith", "is", "a", "liar");
	}

	@Test
	void givesEveryCharThatOneCharFoldsIntoTheWholeOriginalChar() {
		// "ß" folds into "ss" and "ﬁ" into "fi": the word still starts and ends on
		// characters of the original
		String text = "Gro\u00DF \uFB01ght";
		assertThat(norms(text)).containsExactly("gross", "fight");
		assertThat(originals(text)).containsExactly("Gro\u00DF", "\uFB01ght");
	}

	@Test
	void tellsCapitalisedWordsAndWordsInCapitalsApart() {
		List<Token> words = words("Cllr SMITH is a FRAUD and a liar, OK");
		assertThat(words).extracting(Token::capitalised)
			.containsExactly(true, true, false, false, true, false, false, false, true);
		assertThat(words).extracting(Token::upperCase)
			.containsExactly(false, true, false, false, true, false, false, false, true);
		assertThat(words("I")).extracting(Token::upperCase)
			.as("one letter is not 'in capitals'")
			.containsExactly(false);
	}

	@Test
	void remembersCapitalsOfLettersThatFoldedFromAnotherScript() {
		// Cyrillic capital Es and Greek capital Alpha look like C and A
		List<Token> words = words("\u0421\u0391LL");
		assertThat(words).extracting(Token::norm).containsExactly("call");
		assertThat(words.get(0).capitalised()).isTrue();
		assertThat(words.get(0).upperCase()).isTrue();
	}

	@Test
	void foldsTheSameWayWithOrWithoutTheLexicons() {
		Lexicons lexicons = Lexicons.load();
		String text = "\uD83D\uDE00 The C\u0430f\u00E9\u2019s \u0456d\u0456ot, sh1t and fuuuck";
		List<Token> plain = words(text);
		List<Token> annotated = PostText.of(text, (word) -> false, lexicons).tokens();
		assertThat(annotated).extracting(Token::norm).isEqualTo(plain.stream().map(Token::norm).toList());
		assertThat(annotated).extracting(Token::start).isEqualTo(plain.stream().map(Token::start).toList());
		assertThat(annotated).extracting(Token::end).isEqualTo(plain.stream().map(Token::end).toList());
		for (int k = 0; k < plain.size(); k++) {
			assertThat(annotated.get(k).forms()).isEqualTo(plain.get(k).forms());
		}
	}

}
