package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;

/**
 * Violence said in a frame (a blow to someone's body part, a weapon put to someone, an
 * injury as the outcome), hounding a person, a blow someone "deserves" and veiled threats
 * about a third person; and the everyday sentences that share their words.
 */
class FramesTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cllr Hughes, I'm going to break your jaw next time I see you.        | HARASSMENT
			I'll crack the Leader of the Council's skull if he closes the pool.  | HARASSMENT
			Someone should put a bullet in the Tory candidate.                   | INCITEMENT
			I'm going to take a machete to Cllr Reid.                            | HARASSMENT
			I will personally make sure Cllr Ward ends up in hospital.           | HARASSMENT
			I'll put him in hospital if he shows up at the hustings, Cllr Moss.  | HARASSMENT
			Everyone email Cllr Dobson every hour. Make his life hell.           | INCITEMENT
			Cllr Foster needs to be hounded out of office.                       | HARASSMENT
			Cllr Price deserves a punch in the mouth.                            | HARASSMENT
			If the Leader shows his face in Grove Hill again he'll regret it.    | HARASSMENT
			Immigrants rape our daughters.                                       | DISCRIMINATION
			Let's all go round to the Leader of the Council's house and drag them out. | INCITEMENT
			We might pay the Deputy Mayor a visit one of these nights.           | HARASSMENT
			Someone should give the Planning Committee a good hiding after the vote. | INCITEMENT
			Let's give Labour canvassers a kicking if they come round here.      | INCITEMENT
			Are trans people completely useless?                                 | DISCRIMINATION
			""")
	void readsTheFrame(String post, Category category) {
		Report report = CHECKER.check(post);
		assertThat(report.verdict()).as(post).isNotEqualTo(Verdict.CLEAR);
		assertThat(report.findings()).as(post).anyMatch((f) -> f.category() == category);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Break a leg tonight, Cllr Ward!", "Let us all send flowers to Cllr Reid in hospital.",
			"Get well soon Cllr Patel, I hope you are not in hospital long.",
			"I will make sure Cllr Ward sees the hospital plans before Friday.",
			"We should put a bullet point in the report for Cllr Moss.",
			"Cllr Singh ended up in hospital after the crash; our thoughts are with her.",
			"I will put my arm round Cllr Hughes and congratulate her.",
			"The Leader took a hammer to the budget and older people will pay.",
			"I would break my neck to get Cllr Ahmed elected.",
			"Cllr Ahmed has been hounded by trolls all week and deserves our support.",
			"The Mayor deserves a break after the floods.", "Muslims were attacked outside the mosque last night.",
			"Disabled people hurt most from these cuts.", "Let's not drag out the consultation any longer.",
			"We should not drag Cllr Moss into this row.",
			"We paid the Leader of the Council a visit at the town hall to hand in the petition.",
			"I will pay a visit to Cllr Pearce's surgery on Friday.",
			"The Planning Committee got this decision badly wrong.",
			"Are older people completely happy with the new bus routes?" })
	void leavesTheEverydaySentenceClear(String post) {
		assertThat(CHECKER.check(post).verdict()).as(post).isEqualTo(Verdict.CLEAR);
	}

}
