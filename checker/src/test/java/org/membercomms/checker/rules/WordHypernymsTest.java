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
		assertThat(table.of("hyena")).containsExactly("^carnivore.n1", "^animal.n1");
		assertThat(table.of("not:hyena")).isEmpty();
		assertThat(table.of("teapot")).isEmpty();
	}

	@Test
	void sharesOneStringForEachClass() throws IOException {
		WordHypernyms table = WordHypernyms.read(new StringReader("hyena\t^animal.n1\nrat\t^animal.n1\n"));
		assertThat(table.of("hyena")[0]).isSameAs(table.of("rat")[0]);
	}

	@Test
	void cutsTheCommonestEndingsLikeTheReading() {
		assertThat(WordHypernyms.stem("threatening")).isEqualTo("threaten");
		assertThat(WordHypernyms.stem("hyenas")).isEqualTo("hyena");
		assertThat(WordHypernyms.stem("bus")).isEqualTo("bus");
	}

	@Test
	void theShippedTableKnowsAnimalsDiseasesAndBlows() {
		WordHypernyms shipped = WordHypernyms.load();
		assertThat(shipped.size()).isGreaterThan(50_000);
		assertThat(shipped.of("hyena")).contains("^animal.n1");
		assertThat(shipped.of("batter")).contains("^strike.v1");
		assertThat(shipped.of("vermin")).contains("^bad_person.n1");
	}

}
