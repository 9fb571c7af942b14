package org.membercomms.checker.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Verdict;
import org.membercomms.checker.functional.FunctionalSuite.Case;
import org.membercomms.checker.functional.FunctionalSuite.Template;

/**
 * Swapping a target for another of its kind (group for group, person for person, party
 * for party, ward for ward, committee for committee) must never change the verdict: for
 * each template of the functional suite, the verdicts over all its targets must agree.
 * The count of templates that disagree is held as a ratchet; issue 18's target is 0.
 */
class MetamorphicTest {

	/**
	 * Templates whose verdicts disagree: 40 when first measured (21 over groups, 19 over
	 * persons), 21 with the first composition rules (3 over groups, 18 over persons), 10
	 * with role tails, short first names and "our ward councillor" read as persons (3
	 * over groups, 7 over persons), still 10 with misspelt heads read through, 7 with
	 * endorsed reports, reports about a group and "drag them out" read (ADR 31), 5 with
	 * the frames of ADR 32, 4 with "the planning officer" read as a role, not a planning
	 * matter; lower it as they are fixed. Issue 18's target is 0.
	 */
	private static final int DISAGREEING_TEMPLATES_AT_MOST = 4;

	private static final FunctionalSuite SUITE = FunctionalSuite.load();

	@Test
	void swappingATargetForAnotherOfItsKindKeepsTheVerdict() {
		List<String> disagreeing = new ArrayList<>();
		Map<String, Integer> byKind = new TreeMap<>();
		for (Template template : SUITE.templates()) {
			List<Case> cases = SUITE.cases(template);
			Map<Verdict, List<String>> verdicts = new EnumMap<>(Verdict.class);
			for (Case c : cases) {
				verdicts.computeIfAbsent(Scoring.check(c).verdict(), (v) -> new ArrayList<>()).add(c.value());
			}
			if (verdicts.size() > 1) {
				disagreeing.add(template.id() + " {" + template.kind() + "} " + verdicts);
				byKind.merge(template.kind(), 1, Integer::sum);
			}
		}
		System.out.println("Templates whose verdict depends on the target: " + disagreeing.size() + " " + byKind);
		disagreeing.forEach(System.out::println);
		assertThat(disagreeing).hasSizeLessThanOrEqualTo(DISAGREEING_TEMPLATES_AT_MOST);
	}

}
