package org.membercomms.checker.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.membercomms.checker.functional.FunctionalSuite.Case;
import org.membercomms.checker.functional.FunctionalSuite.Template;

/**
 * Runs the functional suite through the checker, prints each half's accuracy overall and
 * per functionality, and holds the accuracy measured so far as a ratchet: the floors
 * below (and per functionality in {@code floors.tsv}) may only go up.
 *
 * <p>
 * Issue 18's targets, for the held-back half: accuracy of at least 0.90 overall and at
 * least 0.80 in every functionality. Run with {@code -Dfunctional.failures=true} to print
 * the tuning half's wrong cases (never the held-back half's).
 */
class FunctionalSuiteTest {

	/**
	 * Accuracy over both halves, rounded down (0.628 on the checker of this suite's first
	 * commit; 0.722 with the first composition and freedom-of-expression rules; 0.745
	 * with misspelt heads read through and role tails read as persons; 0.784 with ADR 31;
	 * 0.807 with the frames of ADR 32, then 0.828; 0.855 with the learned reading of ADR
	 * 33, 0.867 with it fitted on eight development sets, 0.908 with ADR 35): raise it as
	 * the checker improves.
	 */
	private static final double OVERALL_FLOOR = 0.90;

	/**
	 * Accuracy on the tuning half, rounded down (first 0.708, then 0.868, 0.913, and
	 * 0.989 with everything of ADR 31, 0.992 with ADR 32, 1.000 with ADR 33).
	 */
	private static final double TUNING_FLOOR = 0.99;

	/**
	 * Accuracy on the held-back half, rounded down (first 0.548, then 0.578, 0.637,
	 * 0.665, 0.711 with the learned reading of ADR 33, 0.735 with it fitted on eight
	 * development sets, 0.778 with ADR 34, now 0.817 with ADR 35).
	 */
	private static final double HELD_BACK_FLOOR = 0.81;

	private static final FunctionalSuite SUITE = FunctionalSuite.load();

	private static final Map<String, Accuracy> BY_HALF = new LinkedHashMap<>();

	private static final Accuracy OVERALL = new Accuracy();

	@BeforeAll
	static void checkEveryCase() {
		BY_HALF.put(FunctionalSuite.TUNING, new Accuracy());
		BY_HALF.put(FunctionalSuite.HELD_BACK, new Accuracy());
		boolean printFailures = Boolean.getBoolean("functional.failures");
		for (Case c : SUITE.cases()) {
			boolean right = Scoring.right(c, Scoring.check(c));
			if (printFailures && !right && c.half().equals(FunctionalSuite.TUNING)) {
				System.out.println("WRONG " + c.id() + " " + c.text());
			}
			BY_HALF.get(c.half()).add(c.functionality(), right);
			OVERALL.add(c.functionality(), right);
		}
		BY_HALF.forEach((half, accuracy) -> System.out.println(accuracy.table("Functional suite, " + half + " half")));
	}

	@Test
	void hasTheShapeTheIssueAsksFor() {
		List<Case> cases = SUITE.cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(3000);
		assertThat(cases.stream().map(Case::id).distinct()).hasSameSizeAs(cases);
		assertThat(SUITE.values("group")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(SUITE.values("person")).hasSizeGreaterThanOrEqualTo(10);
		Map<String, Set<String>> halves = SUITE.templates()
			.stream()
			.collect(Collectors.groupingBy(Template::functionality,
					Collectors.mapping(Template::half, Collectors.toSet())));
		assertThat(halves).hasSizeGreaterThanOrEqualTo(30);
		assertThat(halves).allSatisfy((functionality, seen) -> assertThat(seen).as(functionality)
			.containsExactlyInAnyOrder(FunctionalSuite.TUNING, FunctionalSuite.HELD_BACK));
		Map<Boolean, Long> riskyOrNot = SUITE.templates()
			.stream()
			.collect(Collectors.groupingBy((t) -> t.expected().isEmpty(), Collectors.mapping(Template::functionality,
					Collectors.collectingAndThen(Collectors.toSet(), (s) -> (long) s.size()))));
		assertThat(riskyOrNot.get(true)).as("contrast functionalities").isEqualTo(riskyOrNot.get(false));
	}

	@Test
	void keepsAccuracyAtOrAboveItsFloors() {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(OVERALL.overall()).as("both halves").isGreaterThanOrEqualTo(OVERALL_FLOOR);
		softly.assertThat(BY_HALF.get(FunctionalSuite.TUNING).overall())
			.as("tuning half")
			.isGreaterThanOrEqualTo(TUNING_FLOOR);
		softly.assertThat(BY_HALF.get(FunctionalSuite.HELD_BACK).overall())
			.as("held-back half")
			.isGreaterThanOrEqualTo(HELD_BACK_FLOOR);
		Map<String, Double> floors = floors();
		Set<String> measured = new HashSet<>();
		BY_HALF.forEach((half, accuracy) -> accuracy.byFunctionality().forEach((functionality, value) -> {
			String key = half + "\t" + functionality;
			measured.add(key);
			softly.assertThat(floors).as("a floor for " + half + " " + functionality).containsKey(key);
			softly.assertThat(value)
				.as(half + " " + functionality)
				.isGreaterThanOrEqualTo(floors.getOrDefault(key, 1.0));
		}));
		softly.assertThat(measured).as("functionalities with floors").containsAll(floors.keySet());
		softly.assertAll();
	}

	/**
	 * Reads {@code floors.tsv}: {@code half<TAB>functionality<TAB>floor}.
	 * @return half and functionality, joined by a tab, to the floor
	 */
	private static Map<String, Double> floors() {
		Map<String, Double> floors = new LinkedHashMap<>();
		try (InputStream in = FunctionalSuiteTest.class.getResourceAsStream(FunctionalSuite.FOLDER + "floors.tsv")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] row = line.split("\t");
				floors.put(row[0] + "\t" + row[1], Double.parseDouble(row[2]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return floors;
	}

}
