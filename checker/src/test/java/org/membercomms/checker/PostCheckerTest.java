package org.membercomms.checker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostCheckerTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@Test
	void pointsSpansAtTheOriginalText() {
		String text = "Well. Cllr Pendleton is a ｆ\u200B*\u200Bc\u0301king idiot 🙂";
		Report report = CHECKER.check(text);
		assertThat(report.findings()).isNotEmpty();
		for (Finding finding : report.findings()) {
			for (Span span : finding.spans()) {
				assertThat(span.end()).isLessThanOrEqualTo(text.length());
			}
		}
		Finding swearing = report.findings()
			.stream()
			.filter((f) -> f.category() == Category.MALICIOUS_COMMUNICATION)
			.findFirst()
			.orElseThrow();
		assertThat(swearing.spans().get(0).in(text)).isEqualTo("ｆ\u200B*\u200Bc\u0301king");
	}

	@Test
	void explainsEachFindingWithTheLawAndAdvice() {
		Report report = CHECKER.check("He is a crook who stole the grant.");
		assertThat(report.categories()).containsExactly(Category.DEFAMATION, Category.DISRESPECT);
		Finding defamation = report.findings().get(0);
		assertThat(defamation.explanation()).contains("Defamation Act 2013");
		assertThat(defamation.advice()).isNotBlank();
		assertThat(defamation.section().key()).isEqualTo("defamation");
		assertThat(report.verdict()).isEqualTo(Verdict.HIGH_RISK);
	}

	@Test
	void scoresOffensiveLanguage() {
		assertThat(CHECKER.check("Thanks to all our volunteers.").offensive()).isLessThan(0.5);
		assertThat(CHECKER.check("").offensive()).isZero();
		assertThat(CHECKER.check("Cllr Tolley is a f***ing moron.").offensive()).isGreaterThanOrEqualTo(0.5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\u0000\u0001\u0002", "\uD800 broken \uDC00 surrogates \uD83D",
			"مرحبا بالجميع في اجتماع المجلس", "‮ reversed ‬ text", "👍🏽👨‍👩‍👧‍👦🏳️‍🌈",
			"Z̷̢̛̭̫̗̈́a̴̡̛͓̙̐l̸̛̝̔g̶̠̈́o̵̩̓ ̸̰̈́t̶͙̾e̷̛͔x̵̣̊t̴͍̍", "\u200B\u200C\u200D\uFEFF\u2060",
			"#################", "**** **** ****", "@@@@ $$$$ !!!!", "1 2 3 4 5 6 7 8 9 0" })
	void reportsOnAnyInput(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).isNotNull();
		assertThat(report.offensive()).isBetween(0.0, 1.0);
	}

	@Test
	void checksAMegabyteWithinTheStepBound() {
		StringBuilder big = new StringBuilder();
		while (big.length() < 1_000_000) {
			big.append("Cllr Smith is a f***ing idiot who lives at 14 Elm Road, call 07912 345678. ");
			big.append("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ");
			big.append("Z̷̢̛̭̫̗̈́a̴̡̛͓̙̐l̸̛̝̔g̶̠̈́o ");
		}
		Report report = StepBound.checkWithin(CHECKER, Post.of(big.toString()));
		assertThat(report.verdict()).isEqualTo(Verdict.HIGH_RISK);
		StepBound.checkWithin(CHECKER, Post.of("x".repeat(250_000)));
		StepBound.checkWithin(CHECKER, Post.of("1".repeat(250_000)));
		StepBound.checkWithin(CHECKER, Post.of("*".repeat(125_000) + "f" + "*".repeat(125_000)));
	}

}
