package org.membercomms.checker.text;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern language over words: gaps, word sets (masked words included), phrases and
 * sentences, on words annotated by the lexicons (where elements are passed over by their
 * start bits) and on words that are not.
 */
class PatternsTest {

	static Lexicons lexicons;

	static Patterns patterns;

	@BeforeAll
	static void compile() {
		lexicons = Lexicons.load();
		patterns = Patterns.compile("""
				gap: council ~3 closed|shut_down
				abuse: you ~2 @profanity
				phrase: on_the_take
				""", lexicons);
	}

	private static List<String> tags(String text, boolean annotated) {
		PostText words = annotated ? PostText.of(text, (w) -> false, lexicons) : PostText.of(text, (w) -> false);
		if (annotated) {
			lexicons.annotate(words.tokens());
		}
		return patterns.find(words.tokens()).stream().map((m) -> m.tag() + ":" + m.first() + "-" + m.last()).toList();
	}

	@Test
	void skipsUpToTheGapAndNoFurther() {
		for (boolean annotated : new boolean[] { true, false }) {
			assertThat(tags("The council has closed it", annotated)).containsExactly("gap:1-3");
			assertThat(tags("The council quietly and suddenly shut down the library", annotated))
				.containsExactly("gap:1-6");
			assertThat(tags("The council has now very quietly closed it", annotated)).isEmpty();
			assertThat(tags("The council met. Closed for lunch", annotated)).as("not across sentences").isEmpty();
		}
	}

	@Test
	void findsMaskedWordsOfAMaskableSetAfterAGap() {
		for (boolean annotated : new boolean[] { true, false }) {
			assertThat(tags("you absolute f***", annotated)).containsExactly("abuse:0-2");
			assertThat(tags("you are sh1t", annotated)).containsExactly("abuse:0-2");
			assertThat(tags("you are great", annotated)).isEmpty();
		}
	}

	@Test
	void findsPhrasesWordByWord() {
		for (boolean annotated : new boolean[] { true, false }) {
			assertThat(tags("He is on the take", annotated)).containsExactly("phrase:2-4");
			assertThat(tags("He is on the bus", annotated)).isEmpty();
		}
	}

}
