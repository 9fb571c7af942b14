package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Verdict;

/**
 * A threat, a call to harm or an allegation stated as fact is high risk whoever it names:
 * a councillor, a role with its tail ("the Cabinet Member for Transport"), a person whose
 * first name is a short form ("Geoff") or unknown surname. All names are invented.
 */
class PersonTargetsTest {

	private static final PostChecker CHECKER = PostChecker.create();

	private static final List<String> PEOPLE = List.of("Cllr Ruth Ingledew", "Bev Kerrigan", "Geoff Odunsi",
			"Steph Pemberthy", "the Leader of the Council", "the Cabinet Member for Transport",
			"the Director of Public Health", "the Chair of the Licensing Committee", "our ward councillor Sam Okafor",
			"my local councillor Ruth Ingledew");

	@ParameterizedTest
	@ValueSource(strings = { "I'm going to kill {}.", "Someone should give {} a good hiding.",
			"{} took a bribe from the developer.", "I want to punch {} in the face." })
	void isHighRiskForEveryKindOfPerson(String frame) {
		for (String person : PEOPLE) {
			String text = frame.replace("{}", person);
			assertThat(CHECKER.check(text).verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
		}
	}

}
