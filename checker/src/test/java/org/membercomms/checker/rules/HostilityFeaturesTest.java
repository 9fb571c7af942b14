package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.checker.rules.HostilityFeatures.Seen;

/**
 * What the learned reading sees of a post: words cut to rough stems, each target put as
 * its kind, and word pairs within a sentence.
 */
class HostilityFeaturesTest {

	private static final HostilityFeatures FEATURES = new HostilityFeatures(Analysed.LEXICONS);

	private static List<String> words(String text) {
		return FEATURES.names(Analysed.of(text))
			.stream()
			.filter((name) -> !name.contains(" ") && !name.contains("^"))
			.toList();
	}

	@Test
	void putsEachTargetAsItsKindAndCutsCommonEndings() {
		assertThat(words("Immigrants are ruining Linthorpe.")).containsExactly("<group>", "are", "ruin", "linthorpe");
		assertThat(words("I am warning the Chief Executive.")).containsExactly("i", "am", "warn", "<person>");
	}

	@Test
	void countsBesideEachWordWhatWordNetSaysItIsAKindOf() {
		List<String> names = FEATURES.names(Analysed.of("Immigrants are hyenas."));
		assertThat(names).contains("hyena", "^carnivore.n1", "^mammal.n1", "^animal.n1");
		assertThat(names.indexOf("^animal.n1")).isGreaterThan(names.indexOf("hyena"));
	}

	@Test
	void weighsADeniedWordWithoutItsClasses() {
		List<String> names = FEATURES.names(Analysed.of("Immigrants are not hyenas."));
		assertThat(names).contains("not:hyena")
			.doesNotContain("^animal.n1", "^carnivore.n1")
			.noneMatch((name) -> name.startsWith("not:^"));
	}

	@Test
	void pairsNeighbouringWordsWithinASentenceOnly() {
		List<String> names = FEATURES.names(Analysed.of("Muslims are welcome. Pearce agrees."));
		assertThat(names).contains("<group> are", "are welcome").doesNotContain("welcome <person>");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cllr Dawn Pearce          | the Deputy Mayor
			Tom Ashworth              | the Executive Member for Housing
			our ward councillor Sam Okafor | the Head of Democratic Services
			""")
	void readsAnyPersonAlike(String one, String other) {
		assertThat(words("We met " + one + " today.")).isEqualTo(words("We met " + other + " today."));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Muslims       | Gypsies and Travellers
			older people  | disabled people
			""")
	void readsAnyGroupAlikeIncludingTwoJoined(String one, String other) {
		assertThat(words("Why are " + one + " never any good?"))
			.isEqualTo(words("Why are " + other + " never any good?"));
	}

	@Test
	void marksTheWordsADenialReaches() {
		assertThat(words("Muslims are no threat to anyone here.")).contains("not:threat", "not:to", "not:anyone")
			.contains("here");
	}

	@Test
	void cutsNoWordsForAPostThatNamesNoTarget() {
		assertThat(FEATURES.of(Analysed.of("What a lovely day for the gala. See you there!")).sentences()).isNotEmpty();
		assertThat(FEATURES.names(Analysed.of("What a lovely day for the gala."))).isEmpty();
	}

	@Test
	void namesTheFirstTargetOfEachKind() {
		Seen seen = FEATURES.of(Analysed.of("Cllr Pearce said Muslims are welcome, and so did Tom Ashworth."));
		assertThat(seen.targets()).containsOnlyKeys(Target.Kind.PERSON, Target.Kind.GROUP);
		assertThat(seen.targets().get(Target.Kind.PERSON).first()).isZero();
	}

}
