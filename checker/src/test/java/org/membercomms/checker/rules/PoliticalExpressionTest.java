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
 * Freedom of expression in the verdicts: robust criticism of politicians' conduct,
 * parties, and senior officers' decisions is CLEAR (at most advice saying why it is
 * allowed); a personal attack, an allegation of crime or dishonesty stated as fact, or a
 * threat is still flagged.
 */
class PoliticalExpressionTest {

	private static final PostChecker CHECKER = PostChecker.create();

	@ParameterizedTest
	@ValueSource(strings = {
			"The Leader is a hypocrite: he promised to save Brackley library and then voted to close it.",
			"The council's housing director should be sacked over the damp deaths report.",
			"Cllr Hartley should resign over the incompetent handling of the bins contract.",
			"The Cabinet's shameful decision to close the Acklam pool will hurt families.",
			"The Chief Executive must go after the damning Ofsted report.",
			"Cllr Dobbs has been useless on potholes: three years and not one road resurfaced in Linthorpe.",
			"Cllr Pemberton is a hypocrite. She campaigned against the incinerator and then voted for it.",
			"The Mayor has been an embarrassment over the airport deal, which lost us four million pounds.",
			"The portfolio holder for transport is clueless: the bus lanes were built and then ripped out within a year.",
			"The Director of Children's Services should resign after the second inadequate Ofsted rating.",
			"The Leader is incompetent: he missed the bid deadline for the levelling up fund twice.",
			"The Conservative group leader is a disgrace for voting to cut meals on wheels.",
			"Cllr Ainsworth has been spineless on the Linthorpe Road cycle lane since residents objected.",
			"The Labour cabinet's handling of the bins contract has been a shambles.",
			"The head of planning should step down after the ombudsman report on the Acklam estate.",
			"Time for Cllr Rowntree to go. Two budgets overspent and a promise to freeze council tax broken.",
			"The Leader is a hypocrite for taking a pay rise while cutting youth services.",
			"Cllr Okafor should resign. She promised a new leisure centre in 2022 and we still have a car park.",
			"The Deputy Leader has been utterly useless on the Middlehaven regeneration, which is two years late.",
			"Our MP is a hypocrite: he voted against the food bank motion after posing for photos there.",
			"The Executive Member for Housing is incompetent - 400 families still in temporary accommodation.",
			"Cllr Rafferty is a disgrace after missing every scrutiny meeting this year.",
			"The Director of Environment should be sacked after the bins contract fiasco cost us £2m.",
			"The Chief Executive should be sacked for this mess.",
			"The Mayor's handling of the airport has been pathetic.",
			"Cllr Dunmore has been a complete embarrassment since he backed the incinerator.",
			"Cllr Pike is the most incompetent portfolio holder we've had: three failed bids in a year.",
			"The Tory candidate is clueless about Linthorpe - he didn't even know where the library is.",
			"The Mayor is a joke: he turned up to one meeting all year.",
			"Cllr Hobbs is a coward for refusing to debate the library closure.",
			"Cllr Hobbs is a puppet of the Leader: he has never voted against him.",
			"Cllr Hobbs has betrayed Acklam by voting for the incinerator.",
			"The Leader should be ashamed of the cuts to youth services.",
			"Cllr Hobbs is not fit for office after the way he handled the flooding.", "Kick the Tories out in May!",
			"Get rid of Cllr Hobbs at the ballot box.",
			"The Chief Executive is paid £180k to preside over this shambles.",
			"You're a hypocrite, Cllr Hobbs: you promised to save the library and then voted to close it.",
			"Cllr Hobbs is a damn hypocrite: he called for lower taxes then voted for a 5% rise.",
			"Cllr Hobbs's performance at scrutiny was a shambles: she couldn't answer a single question on the overspend.",
			"Cllr Marsh is incompetent: the pothole fund went unspent for two years under her.",
			"Cllr Marsh, the most useless councillor in Teesside, voted against the park again.",
			"Resign now, Cllr Marsh, you useless hypocrite: you broke every promise you made." })
	void robustCriticismIsClear(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text + " " + report.findings()).isEqualTo(Verdict.CLEAR);
		assertThat(report.findings()).as(text).allMatch((f) -> f.severity() == Severity.ADVICE);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "The Leader is a hypocrite: he promised to save Brackley library and then voted to close it.",
					"The council's housing director should be sacked over the damp deaths report.",
					"Cllr Dobbs has been useless on potholes: three years and not one road resurfaced in Linthorpe." })
	void sayWhyCriticismThatLooksHarshIsAllowed(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.findings()).as(text).isNotEmpty();
		Finding advice = report.findings().get(0);
		assertThat(advice.severity()).isEqualTo(Severity.ADVICE);
		assertThat(advice.explanation()).contains("Article 10", "Human Rights Act 1998", "Heesom",
				"[2014] EWHC 1504 (Admin)", "section 3 of the Defamation Act 2013", "honest opinion");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Leader is a fat useless idiot.", "Cllr Dobbs is a moron and an ugly one at that.",
			"The Mayor is a stupid old cow.", "Cllr Hartley is a thick useless lump of lard.",
			"Cllr Yates is a useless fat slob.", "The Leader is an idiot.", "The Deputy Leader is a vile little man.",
			"The Director of Environment is an ugly cow.", "You're a disgrace, Cllr Yelland, you absolute muppet.",
			"Cllr Dunmore is a hypocrite and a snake: he backed the incinerator after promising to fight it.",
			"Cllr Bexley is a hypocrite and a rat. The opposition's amendment would have cut £5m from care." })
	void personalAttacksStayFlagged(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isNotEqualTo(Verdict.CLEAR);
		assertThat(report.findings()).as(text)
			.anyMatch((f) -> f.category() == Category.DISRESPECT && f.severity() != Severity.ADVICE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Leader took a bribe.", "Cllr Dobbs fiddled his expenses to pay for his holiday.",
			"The housing director lied to the committee about the damp reports.",
			"Cllr Pemberton is a liar: she took money from the developer.", "Cllr Okafor is a liar.",
			"Cllr Rafferty stole from the hardship fund.", "The Mayor is a disgrace and a thief.",
			"The Leader is a liar: he promised to save the library and then voted to close it.",
			"The Leader is a hypocrite and a paedo.",
			"The Leader is incompetent and corrupt: he handed the contract to his brother-in-law." })
	void allegationsStatedAsFactStayHighRisk(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
		assertThat(report.categories()).as(text).contains(Category.DEFAMATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I know where the Leader lives and he'll get what's coming.",
			"Cllr Okafor should resign or we'll burn her house down." })
	void threatsStayHighRisk(String text) {
		assertThat(CHECKER.check(text).verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The Chief Executive is incompetent: the council has failed three inspections since she arrived.",
			"The Director of Housing has been useless on damp - 300 homes still waiting for repairs." })
	void judgingASeniorOfficerWithItsBasisNeedsASecondLook(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.CAUTION);
		assertThat(report.findings().get(0).explanation()).contains("Officers cannot answer back");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Chief Executive is incompetent.", "The Director of Housing is useless." })
	void judgingASeniorOfficerWithoutABasisStaysHighRisk(String text) {
		assertThat(CHECKER.check(text).verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Leader is a hypocrite.", "Cllr Dobbs is useless." })
	void judgmentsWithoutTheirBasisNeedASecondLook(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.CAUTION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The planning officer is incompetent: she lost our objection letters.",
			"The clerk is useless - the minutes were two months late.",
			"The planning officer who dealt with my application should be sacked.", "Sack the clerk, she is useless.",
			"The planning officers are clueless and lazy." })
	void attacksOnJuniorOfficersStayHighRisk(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.verdict()).as(text).isEqualTo(Verdict.HIGH_RISK);
		assertThat(report.categories()).as(text).contains(Category.DISRESPECT);
	}

}
