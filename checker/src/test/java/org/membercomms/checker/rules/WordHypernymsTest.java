package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/**
 * The table of what kind of thing a word names: read, denied, and shipped.
 */
class WordHypernymsTest {

	@Test
	void readsEachStemsClassesAndSkipsComments() throws IOException {
		WordHypernyms table = WordHypernyms
			.read(new StringReader("# drawn from WordNet\nhyena\t^carnivore.n1 ^animal.n1\nrat\t^animal.n1\n"));
		assertThat(table.size()).isEqualTo(2);
		assertThat(table.of("hyena", false)).containsExactly("^carnivore.n1", "^animal.n1");
		assertThat(table.of("hyena", true)).containsExactly("not:^carnivore.n1", "not:^animal.n1");
		assertThat(table.of("teapot", false)).isEmpty();
	}

	@Test
	void sharesOneStringForEachClass() throws IOException {
		WordHypernyms table = WordHypernyms.read(new StringReader("hyena\t^animal.n1\nrat\t^animal.n1\n"));
		assertThat(table.of("hyena", false)[0]).isSameAs(table.of("rat", false)[0]);
	}

	@Test
	void cutsTheCommonestEndingsLikeTheReading() {
		assertThat(WordHypernyms.stem("threatening")).isEqualTo("threaten");
		assertThat(WordHypernyms.stem("hyenas")).isEqualTo("hyena");
		assertThat(WordHypernyms.stem("bus")).isEqualTo("bus");
	}

	@Test
	void theShippedTableKnowsAnimalsDiseasesAndBlows() {
		WordHypernyms shipped = WordHypernyms.shipped();
		assertThat(shipped.size()).isGreaterThan(50_000);
		assertThat(shipped.of("hyena", false)).contains("^animal.n1");
		assertThat(shipped.of("batter", false)).contains("^strike.v1");
		assertThat(shipped.of("vermin", false)).contains("^bad_person.n1");
	}

}
