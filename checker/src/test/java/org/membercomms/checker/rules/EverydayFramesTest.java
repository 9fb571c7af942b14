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
 * ADR 32's frames of everyday words ({@link ThreatFrames}, {@link InjuryFrames},
 * {@link VeiledFrames}, {@link GroupFrames}), the targets {@link Linking} and
 * {@link DistantSubjects} give them, fragments, and the moods they are read in; and the
 * everyday sentences that share their words.
 */
class EverydayFramesTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I'll be outside the hall with a hammer for any Sikhs who turn up.            | DISCRIMINATION
			Bring a crowbar and some spray paint to the new depot on Friday night.       | INCITEMENT
			Cllr Moss deserves a brick through his front window.                         | HARASSMENT
			Any Reform UK activists round here will get a good hiding.                   | HARASSMENT
			I'm going to make Cllr Lowe regret the day she was elected, mark my words.   | HARASSMENT
			If the Leader closes the pool he'll be going home on a stretcher.            | HARASSMENT
			Get round to the Deputy Mayor's house and put the windows in.                | INCITEMENT
			Somebody lob a bottle at the Head of Planning when he comes out.             | INCITEMENT
			We know what time Cllr Moss leaves the depot, and which car she drives.      | HARASSMENT
			Nice car Cllr Lowe has got. Shame if anything happened to it.                | HARASSMENT
			Polish people have added nothing of value to this town.                      | DISCRIMINATION
			Put a sign on the door of the club: No Travellers.                           | DISCRIMINATION
			No landlord round here should be renting rooms to immigrants.                | DISCRIMINATION
			Immigrants. Leeches, all of them.                                            | DISCRIMINATION
			Hindus spread through every street like a disease.                           | DISCRIMINATION
			Muslims are behind the muggings on the estate.                               | DISCRIMINATION
			Someone should teach the Labour lot a lesson they won't forget.              | INCITEMENT
			Diggers in the park again. Set fire to them tonight.                         | INCITEMENT
			Fifty quid to whoever gives the planning officer a slap.                     | INCITEMENT
			The Audit Committee are a bunch of spineless cowards.                        | DISRESPECT
			""")
	void readsTheFrame(String post, Category category) {
		Report report = CHECKER.check(post);
		assertThat(report.verdict()).as(post).isNotEqualTo(Verdict.CLEAR);
		assertThat(report.findings()).as(post).anyMatch((f) -> f.category() == category);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'll be at the cricket club with a bat for the Sikh community's charity match.",
			"Cllr Pearce arrived in an ambulance to open the new station.",
			"I'll be with the ambulance crews tonight thanking them, and Cllr Moss too.",
			"Someone smashed the bus shelter windows in last night; the police are looking into it.",
			"Someone will smash the window if you leave it open.",
			"Keep pushing this, Cllr Lowe, and see what happens at the election in May.",
			"Be careful walking home tonight, Cllr Moss: the street lights are out on Acklam Road.",
			"I know your kids love the splash park, so I'm delighted it reopens on Saturday.",
			"It would be a shame if anything happened to the library, so sign the petition.",
			"We will teach the Leader a lesson at the ballot box in May.",
			"We must stop treating disabled people like a burden.",
			"Muslims have been treated like animals by the landlord, and I have reported him.",
			"Muslims attacked in Acklam. Disgusting. Police informed.",
			"We stand with the Chinese community against racist abuse. Report hate crime on 101.",
			"Older people are worth more to this town than any budget.",
			"The Planning Committee is a shambles and should think again.",
			"We don't employ enough disabled people, and that must change.",
			"Pregnant women aren't a burden on anyone, whatever the leaflets say." })
	void leavesTheEverydaySentenceClear(String post) {
		assertThat(CHECKER.check(post).verdict()).as(post).isEqualTo(Verdict.CLEAR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I dont hate Muslims.", "Immigrants arent vermin.", "Gay people isnt the problem." })
	void readsANegationWrittenWithoutItsApostrophe(String post) {
		assertThat(CHECKER.check(post).verdict()).as(post).isEqualTo(Verdict.CLEAR);
	}

}
