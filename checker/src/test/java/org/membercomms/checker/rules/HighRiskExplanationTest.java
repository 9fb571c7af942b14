package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Severity;

/**
 * HIGH_RISK means a real chance of an offence, a claim or a Code breach: every HIGH_RISK
 * finding on the labelled cases says which is at stake, and no lesser finding claims one.
 */
class HighRiskExplanationTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@Test
	void everyHighRiskFindingSaysWhatIsAtStake() throws IOException {
		List<String> vague = new ArrayList<>();
		int highRisk = 0;
		for (String text : texts()) {
			for (Finding finding : CHECKER.check(text).findings()) {
				String explanation = finding.explanation();
				if (finding.severity() == Severity.HIGH_RISK) {
					highRisk++;
					int at = explanation.indexOf("High risk: ");
					if (at < 0 || !explanation.substring(at).matches("(?s).*(offence|claim|breach).*")) {
						vague.add(finding.category() + ": " + text);
					}
				}
				else if (explanation.contains("High risk: ")) {
					vague.add(finding.severity() + " " + finding.category() + " claims high risk: " + text);
				}
			}
		}
		assertThat(highRisk).isGreaterThan(200);
		assertThat(vague).isEmpty();
	}

	private static List<String> texts() throws IOException {
		List<String> texts = new ArrayList<>();
		try (InputStream in = HighRiskExplanationTest.class.getResourceAsStream("/org/membercomms/checker/cases.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				texts.add(line.split("\t", 3)[2]);
			}
		}
		return texts;
	}

}
