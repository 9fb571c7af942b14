package org.membercomms.checker.text;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Misspelt heads of the composition layer read through ({@link Variants}): one swap, one
 * dropped or one doubled letter from a head of five letters or more, or a head cut in two
 * by a space; real words near a head, and short heads, are left as they are.
 */
class VariantsTest {

	static Lexicons lexicons;

	@BeforeAll
	static void load() {
		lexicons = Lexicons.load();
		// as the composition layer registers the words of its slots
		lexicons.readThrough(List.of("belong", "hiding", "kicking", "beating", "kennels", "teeth", "thrashing",
				"shipped", "chased", "string", "be", "long"));
	}

	private static List<Token> words(String text) {
		return PostText.of(text, (w) -> false, lexicons).tokens();
	}

	@ParameterizedTest
	@CsvSource({ "vremin, vermin, dehumanising", "vermn, vermin, dehumanising", "verrmin, vermin, dehumanising",
			"parasties, parasites, dehumanising", "cockroahces, cockroaches, dehumanising",
			"subhumna, subhuman, dehumanising", "savagges, savages, dehumanising", "filthyy, filthy, dehumanising",
			"diseaesd, diseased, dehumanising", "infestd, infested, dehumanising" })
	void aWordOneEditFromAHeadStandsForIt(String written, String head, String lexicon) {
		Token token = words("They are " + written + ".").get(2);
		assertThat(token.forms()).contains(head);
		assertThat(lexicons.set(lexicon).contains(token)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "belnog, belong", "hidnig, hiding", "kikcing, kicking", "beatnig, beating", "kennles, kennels",
			"teeht, teeth", "punnch, punch", "thrashhing, thrashing" })
	void aSlotWordWithLettersSwappedOrDoubledStandsForIt(String written, String word) {
		Token token = words("They " + written + " there.").get(1);
		assertThat(token.forms()).contains(word);
	}

	@ParameterizedTest
	@CsvSource({ "belng, belong", "hidng, hiding", "kickng, kicking" })
	void aSlotWordWithALetterDroppedStaysItself(String written, String word) {
		Token token = words("They " + written + " there.").get(1);
		assertThat(token.forms()).doesNotContain(word);
	}

	@Test
	void aHeadCutInTwoIsJoined() {
		List<Token> tokens = words("They are ver min and an imals.");
		assertThat(tokens).extracting(Token::norm).containsExactly("they", "are", "vermin", "and", "animals");
		assertThat(tokens.get(2).start()).isEqualTo(9);
		assertThat(tokens.get(2).end()).isEqualTo(16);
		assertThat(lexicons.set("dehumanising").contains(tokens.get(4))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "verbal", "vermilion", "animated", "parasol", "savings", "laughter", "filter", "rated",
			"killer", "hated", "haters", "leeks", "ratios", "scrum", "none", "state", "uses", "drunk", "smell", "warm",
			"pets", "once", "signs", "machine", "vehicle", "slaughter", "sipped", "cased", "sting", "trashing",
			"eating" })
	void aRealWordNearAHeadStaysItself(String word) {
		Token token = words("They are " + word + ".").get(2);
		assertThat(token.forms()).containsExactly(word);
	}

	@ParameterizedTest
	@ValueSource(strings = { "klil", "hte", "rast", "scmu" })
	void shortHeadsStayExact(String word) {
		Token token = words("They are " + word + ".").get(2);
		assertThat(token.forms()).containsExactly(word);
	}

	@Test
	void wordsThatDoNotSpellAHeadTogetherStayApart() {
		assertThat(words("We want m ore of them at the ward surgery.")).extracting(Token::norm)
			.containsSequence("m", "ore");
		assertThat(words("They are all ies")).extracting(Token::norm).containsSequence("all", "ies");
		assertThat(words("It won't be long now.")).extracting(Token::norm).containsSequence("be", "long");
	}

	@Test
	void twoWordsInDifferentSentencesAreNotJoined() {
		assertThat(words("They voted for it. Min utes were taken.")).extracting(Token::norm).contains("min", "utes");
		assertThat(words("Bring the ver. Min was there.")).extracting(Token::norm).contains("ver", "min");
	}

	@Test
	void aLongWordIsNotTried() {
		Token token = words("They are " + "vermin".repeat(10) + ".").get(2);
		assertThat(token.forms()).hasSize(1);
	}

}
