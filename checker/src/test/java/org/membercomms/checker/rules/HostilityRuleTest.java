package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Severity;

/**
 * The learned reading's rule, with a toy model: it reports a harm it is sure of at
 * CAUTION, only when the post names a target the harm can be aimed at, with the target
 * and the weightiest words as evidence, and defers to the composition layer.
 */
class HostilityRuleTest {

	/** "grobble" counts towards contempt for a group, "snarf" towards a threat. */
	private static final HostilityModel TOY = new HostilityModel("toy", new float[] { 2, 0, 0, 0, 0, 0 },
			Map.of("grobble", new float[] { 0, 5, 0, 0, 0, 0 }, "snarf", new float[] { 0, 0, 5, 0, 0, 0 }));

	private static final HostilityRule RULE = new HostilityRule(Analysed.LEXICONS, TOY);

	private static List<Finding> check(String text) {
		Findings findings = new Findings();
		RULE.check(Analysed.of(text), findings);
		return findings.list();
	}

	@Test
	void reportsWhatItIsSureOfAtCautionWithTheTargetAndWordsAsEvidence() {
		String text = "Honestly, Muslims grobble.";
		List<Finding> found = check(text);
		assertThat(found).singleElement().satisfies((f) -> {
			assertThat(f.category()).isEqualTo(Category.DISCRIMINATION);
			assertThat(f.severity()).isEqualTo(Severity.CAUTION);
			assertThat(f.explanation()).contains("reads the post as a whole").contains("Equality Act 2010");
			assertThat(f.spans()).extracting((s) -> text.substring(s.start(), s.end())).contains("Muslims", "grobble");
		});
	}

	@Test
	void needsATargetTheHarmCanBeAimedAt() {
		assertThat(check("It all grobbles, honestly.")).isEmpty();
		// a threat needs a person, not a group
		assertThat(check("Muslims snarf.")).isEmpty();
		assertThat(check("Cllr Pearce, snarf.")).extracting(Finding::category).containsExactly(Category.HARASSMENT);
	}

	@Test
	void saysNothingBelowItsThreshold() {
		assertThat(check("Muslims are welcome here.")).isEmpty();
	}

	@Test
	void readsACallOnOthersAsIncitementAsWell() {
		assertThat(check("Everyone should snarf Cllr Pearce.")).extracting(Finding::category)
			.containsExactlyInAnyOrder(Category.HARASSMENT, Category.INCITEMENT);
		assertThat(check("Let's all grobble the Muslims.")).extracting(Finding::category)
			.containsExactlyInAnyOrder(Category.DISCRIMINATION, Category.INCITEMENT);
		// the author's own intent is not a call on others
		assertThat(check("I will snarf Cllr Pearce.")).extracting(Finding::category)
			.containsExactly(Category.HARASSMENT);
	}

	@Test
	void readsWhereTheCompositionLayerFoundNothingToSayAListedWordOf() {
		// "thieves" is listed, but the sentence names no one it could be said of
		assertThat(checkAfterComposition("Thieves again. Honestly, Muslims grobble.")).extracting(Finding::category)
			.containsExactly(Category.DISCRIMINATION);
	}

	@Test
	void defersToTheCompositionLayerWhereItReadAListedWord() {
		assertThat(checkAfterComposition("Muslims grobble and are not vermin.")).isEmpty();
	}

	private static List<Finding> checkAfterComposition(String text) {
		Analysis post = Analysed.of(text);
		Findings findings = new Findings();
		new CompositionRule(Analysed.LEXICONS).check(post, findings);
		RULE.check(post, findings);
		return findings.list();
	}

}
