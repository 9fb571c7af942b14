package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the composition layer reads the mood of a predicate (intent, a call to action, a
 * wish, or merely stated) and whether a sentence condemns what it reports.
 */
class ModalityTest {

	/** The mood of the predicate whose head is the word, or NONE. */
	static String mood(String text, String head) {
		Analysis post = Analysed.of(text);
		int at = Analysed.word(post, head);
		int[] bounds = post.sentenceBounds(post.tokens().get(at).sentence());
		Modality.Mood mood = Analysed.MODALITY.of(post, bounds[0], at);
		return mood == null ? "NONE" : mood.name();
	}

	static boolean condemns(String text) {
		Analysis post = Analysed.of(text);
		int[] bounds = post.sentenceBounds(0);
		return Analysed.MODALITY.condemns(post, bounds[0], bounds[1]);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I want to batter him.                                  | batter  | INTENT
			I'm going to wreck the place.                          | wreck   | INTENT
			I'll hurt you.                                         | hurt    | INTENT
			I'd love to punch him.                                 | punch   | INTENT
			We will stab them.                                     | stab    | INTENT
			Let's all go down there and smash the windows.         | smash   | CALL
			Everyone should torch the vans.                        | torch   | CALL
			Someone needs to batter him.                           | batter  | CALL
			Bring your mates and wreck the site.                   | wreck   | CALL
			Smash the windows.                                     | smash   | CALL
			Just torch it all.                                     | torch   | CALL
			He should be hanged.                                   | hanged  | WISH
			They deserve to be shot.                               | shot    | WISH
			I hope someone stabs him.                              | stabs   | WISH
			He was attacked outside the station.                   | attacked| NONE
			The vans were torched overnight.                       | torched | NONE
			""")
	void readsTheMoodBeforeAPredicate(String text, String head, String mood) {
		assertThat(mood(text, head)).isEqualTo(mood);
	}

	@ParameterizedTest
	@ValueSource(strings = { "People who say immigrants are vermin should be ashamed.",
			"Racist abuse of our Muslim neighbours is unacceptable.",
			"I condemn the leaflet calling Travellers thieves." })
	void seesASentenceCondemnWhatItReports(String text) {
		assertThat(condemns(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm not racist, but immigrants are vermin.", "Immigrants are vermin." })
	void doesNotTakeANegatedOrAbsentCondemnationForOne(String text) {
		assertThat(condemns(text)).isFalse();
	}

}
