package org.membercomms.checker.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The everyday sets ({@code everyday-1.tsv}, {@code everyday-2.tsv}, see the README):
 * harmless posts about people, protected groups, wards, committees and parties, full of
 * the words and shapes that also occur in threats and hate, which must stay CLEAR. Like
 * the development sets, their {@code development} parts may be fitted or tuned on and
 * their {@code development-check} parts are only measured. Every part's share CLEAR is
 * printed and held as a ratchet.
 *
 * <p>
 * Run with {@code -Ddevelopment.failures=true} to print the {@code development} parts'
 * wrong cases (never the check parts').
 */
class EverydaySetTest {

	/**
	 * Floors of the share CLEAR, rounded down, by file and part: raise them as the
	 * checker improves. Both sets were written for issue 18 by two writers who saw
	 * neither the checker nor the other sets, and committed before anything was tuned or
	 * fitted on them: 0.977, 0.974, 0.978 and 0.973 then.
	 */
	private static final Map<String, Double> FLOORS = Map.of("everyday-1.tsv development", 0.97,
			"everyday-1.tsv development-check", 0.97, "everyday-2.tsv development", 0.97,
			"everyday-2.tsv development-check", 0.97);

	private static final List<String> FILES = List.of("everyday-1.tsv", "everyday-2.tsv");

	private static final Map<String, Accuracy> BY_PART = new LinkedHashMap<>();

	@BeforeAll
	static void checkEveryCase() {
		BY_PART.putAll(Parts.measure(FILES, "Everyday set"));
	}

	@Test
	void holdsOnlyHarmlessPostsAboutEveryKindOfTarget() {
		for (String file : FILES) {
			FunctionalSuite set = FunctionalSuite.load(file);
			assertThat(set.templates()).as(file).hasSizeGreaterThanOrEqualTo(200).allSatisfy((t) -> {
				assertThat(t.expected()).isEmpty();
				assertThat(t.functionality()).isIn("everyday-person", "everyday-group", "everyday-place");
			});
		}
	}

	@Test
	void keepsTheShareClearAtOrAboveItsFloors() {
		Parts.assertAtOrAboveFloors(BY_PART, FLOORS);
	}

}
