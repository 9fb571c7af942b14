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
 * The word classes drawn from WordNet at work: words no hand-written lexicon lists
 * ("vultures", "abhor", "slaughter", "thieving", "never honest") are read as their class,
 * and a noun or adjective is said of a group only through a copula or a likeness, so
 * "their dogs" and "are honest" stay CLEAR.
 */
class WordNetClassesTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Honestly, Polish people are vultures.                   | DISCRIMINATION
			I abhor Travellers and always will.                     | DISCRIMINATION
			Romanians are thieving scroungers.                      | DISCRIMINATION
			Sikhs are nothing but degenerates.                      | DISCRIMINATION
			Somebody needs to slaughter the lot of those Muslims.   | INCITEMENT
			I'm going to pummel Cllr Ashworth when I see him.      | HARASSMENT
			Nigerians are never honest.                             | DISCRIMINATION
			Black people aren't capable of running anything.        | DISCRIMINATION
			Travellers always rob the allotments.                   | DISCRIMINATION
			I've never met Somalis who were any use.                | DISCRIMINATION
			Sikhs are not as clever as the rest of us.              | DISCRIMINATION
			Someone should slaugter the lot of those Muslims.       | INCITEMENT
			""")
	void readsAWordOfTheClass(String post, Category category) {
		Report report = CHECKER.check(post);
		assertThat(report.verdict()).as(post).isNotEqualTo(Verdict.CLEAR);
		assertThat(report.findings()).as(post).anyMatch((f) -> f.category() == category);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Older people and their dogs are welcome in the park from Monday.",
			"Polish people are honest about what the consultation missed.",
			"Women are never less capable than men, whatever the leaflet says.",
			"Disabled residents with assistance dogs can use the new lift.",
			"Muslims in Acklam raised £2,000 for the hospice, and the vultures at the landfill are back.",
			"We hate the decision to close the library, not the people who made it.",
			"Romanians were robbed at the bus station last night.", "Refugees do not steal, whatever the leaflet says.",
			"Thieves steal bikes from older people in Acklam.",
			"Don't believe the rumours: Jewish people are no more likely to commit crime than anyone else.",
			"I have never found the bus timetable any use, and older people say the same." })
	void leavesTheContrastClear(String post) {
		assertThat(CHECKER.check(post).verdict()).as(post).isEqualTo(Verdict.CLEAR);
	}

}
