package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;

/**
 * Swearing at nobody is advice about tone and cites no statute; swearing at someone, and
 * slurs, keep the criminal statutes and their severity.
 */
class SwearingTest {

	private static final PostChecker CHECKER = PostChecker.create();

	private static Finding malicious(Report report) {
		return report.findings()
			.stream()
			.filter((f) -> f.category() == Category.MALICIOUS_COMMUNICATION)
			.findFirst()
			.orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Brilliant result for the Boro today, fucking get in!", "What a shit day for the Boro.",
			"Three hours stuck on the A66 in the snow. Fucking hell.",
			"The new play park in Acklam is fucking brilliant, well done to everyone who built it.",
			"Bollocks, the Riverside match is off again because of the rain." })
	void swearingAtNobodyIsAdviceAboutTone(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.CLEAR);
		Finding tone = malicious(report);
		assertThat(tone.severity()).isEqualTo(Severity.ADVICE);
		assertThat(tone.explanation()).doesNotContain(" Act ", "section", "offence");
	}

	@ParameterizedTest
	@ValueSource(strings = { "You're a fucking idiot, Cllr Dobbs.", "Cllr Dobbs can fuck off back to Stockton.",
			"Fuck you, you useless prick." })
	void swearingAtSomeoneKeepsTheStatutes(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
		assertThat(malicious(report).explanation()).contains("Malicious Communications Act 1988");
	}

}
