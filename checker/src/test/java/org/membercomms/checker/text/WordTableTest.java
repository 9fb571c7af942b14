package org.membercomms.checker.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word table's tricks, each behind a small method: what they promise is what a plain
 * implementation would give.
 */
class WordTableTest {

	private static char[] chars(String text) {
		return text.toCharArray();
	}

	@Test
	void findsAWordItKeepsByItsCharsWhetherPackedOrNot() {
		WordTable table = new WordTable(new long[0]);
		for (String norm : List.of("the", "councillor", "café", "naïve", "日本", "")) {
			CutWord word = new CutWord(norm, new String[] { norm }, null, 0, 0, 0);
			char[] f = chars("[" + norm + "]");
			int hash = WordTable.hash(f, 1, 1 + norm.length());
			assertThat(hash).isEqualTo(norm.hashCode());
			assertThat(table.get(f, 1, 1 + norm.length(), hash)).as(norm).isNull();
			table.put(word, hash);
			assertThat(table.get(f, 1, 1 + norm.length(), hash)).as(norm).isSameAs(word);
		}
	}

	@Test
	void tellsWordsApartThatShareALengthOrAPrefix() {
		CutWord the = new CutWord("the", new String[] { "the" }, null, 0, 0, 0);
		assertThat(WordTable.spells(the, chars("the"), 0, 3)).isTrue();
		assertThat(WordTable.spells(the, chars("tha"), 0, 3)).isFalse();
		assertThat(WordTable.spells(the, chars("th"), 0, 2)).isFalse();
		assertThat(WordTable.spells(the, chars("them"), 0, 4)).isFalse();
		assertThat(WordTable.spells(the, chars("\u0100he"), 0, 3)).isFalse();
		CutWord long8 = new CutWord("councils", new String[] { "councils" }, null, 0, 0, 0);
		assertThat(WordTable.spells(long8, chars("councils"), 0, 8)).isTrue();
		assertThat(WordTable.spells(long8, chars("councill"), 0, 8)).isFalse();
	}

	@Test
	void keepsAWordOnlyWhileItsFourSlotsAreNotAllTaken() {
		WordTable table = new WordTable(new long[0]);
		int hash = 42;
		CutWord[] words = new CutWord[5];
		for (int k = 0; k < words.length; k++) {
			String norm = "w" + k;
			words[k] = new CutWord(norm, new String[] { norm }, null, 0, 0, 0);
			table.put(words[k], hash);
		}
		int kept = 0;
		for (int k = 0; k < words.length; k++) {
			if (table.get(chars("w" + k), 0, 2, hash) != null) {
				kept++;
			}
		}
		assertThat(kept).as("four slots a hash").isEqualTo(4);
		assertThat(table.get(chars("w4"), 0, 2, hash)).as("the last word takes a slot").isSameAs(words[4]);
	}

	@Test
	void testsAndJoinsStartSets() {
		long[] a = { 1L << 3, 0 };
		long[] b = { 0, 1L << 1 };
		assertThat(WordTable.starts(a, 3)).isTrue();
		assertThat(WordTable.starts(a, 65)).isFalse();
		assertThat(WordTable.starts(null, 3)).isFalse();
		long[] both = WordTable.union(a, b);
		assertThat(WordTable.starts(both, 3)).isTrue();
		assertThat(WordTable.starts(both, 65)).isTrue();
		assertThat(a).containsExactly(1L << 3, 0);
		assertThat(WordTable.union(null, b)).isSameAs(b);
	}

	/** A stand-in for what the classifier keeps. */
	private record Known(String form) implements WordTable.Cached {

	}

	@Test
	void cachesByTextInFourSlotsAndLeavesLongTextsOut() {
		WordTable.Cache<Known> cache = new WordTable.Cache<>(4, 5);
		Known council = new Known("counc");
		cache.put(council);
		assertThat(cache.get("counc")).isSameAs(council);
		assertThat(cache.get("other")).isNull();
		cache.put(new Known("council"));
		assertThat(cache.get("council")).as("longer than five chars").isNull();
		for (int k = 0; k < 100; k++) {
			cache.put(new Known("w" + k));
		}
		int kept = 0;
		for (int k = 0; k < 100; k++) {
			Known found = cache.get("w" + k);
			if (found != null) {
				assertThat(found.form()).isEqualTo("w" + k);
				kept++;
			}
		}
		assertThat(kept).as("a table of 16 slots").isLessThanOrEqualTo(16).isGreaterThan(0);
	}

}
