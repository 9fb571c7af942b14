package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Image;
import org.membercomms.checker.ImageSource;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.PreElectionPeriod;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;

/**
 * One nested class per rule: posts it must flag and posts it must leave alone.
 */
class RulesTest {

	private static final PostChecker CHECKER = PostChecker.create();

	static Set<Category> categories(String text) {
		return CHECKER.check(text).categories();
	}

	@Nested
	class Defamation {

		@ParameterizedTest
		@ValueSource(strings = { "Cllr Brightwater took a bribe from the developer.",
				"Everyone knows Cllr Fenwick fiddled his expenses.", "The Head of Planning is on the take.",
				"Pembury Homes Ltd bribed officers to get permission.", "She falsified the audit figures.",
				"Cllr Mapplethorpe has been taking kickbacks for years." })
		void flagsAllegationsAboutPeople(String text) {
			assertThat(categories(text)).contains(Category.DEFAMATION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "The council covered up the flooding report and residents deserve answers.",
				"Labour's budget is a con.", "Report fraud to the council's counter-fraud team.",
				"He stole the show at the panto!", "Cllr Dean has never lied to residents.",
				"His car was stolen from outside the leisure centre." })
		void leavesPoliticalCriticismAndInnocentUsesAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.DEFAMATION);
		}

	}

	@Nested
	class Disrespect {

		@ParameterizedTest
		@ValueSource(strings = { "Cllr Ravensworth is an idiot.", "The Leader is useless and spineless.",
				"Officers at the town hall are lazy jobsworths.", "You're a disgrace, Cllr Yelland.",
				"The planning officer hasn't got a clue what she is doing.", "Sack the Chief Executive now." })
		void flagsPersonalAttacks(String text) {
			assertThat(categories(text)).contains(Category.DISRESPECT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "This decision is a disgrace.", "The Cabinet's plan is useless for our town.",
				"Cllr Smith's plan is a joke.", "What a joke this budget is.",
				"Thanks to Bobo the clown for entertaining the children at the fete.",
				"Today I received an email calling me a 'useless idiot'. Abuse like this is unacceptable." })
		void leavesCriticismOfThingsAndQuotedAbuseAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.DISRESPECT);
		}

	}

	@Nested
	class MaliciousCommunication {

		@ParameterizedTest
		@ValueSource(strings = { "What a f***ing shambles.", "Absolute sh1t show.", "F u c k this consultation.",
				"Fuuuuck me, the tax is up again.", "f\u200Buck the new charges", "ѕhіt decision",
				"This budget is total bollocks." })
		void seesThroughMaskingAndDisguise(String text) {
			assertThat(categories(text)).contains(Category.MALICIOUS_COMMUNICATION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Bloody brilliant effort from the choir.", "Damn good turnout tonight!",
				"Grade A* results at Hillside Academy.", "Scunthorpe and Penistone residents welcome." })
		void leavesMildWordsAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.MALICIOUS_COMMUNICATION);
		}

	}

	@Nested
	class Harassment {

		@ParameterizedTest
		@ValueSource(strings = { "I know where you live, Cllr Whitlow.", "Watch your back. You have been warned.",
				"I will smash your face in.", "I know where his kids go to school.", "We will make your life hell." })
		void flagsThreatsAndStalking(String text) {
			assertThat(categories(text)).contains(Category.HARASSMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "We'll beat them at the ballot box in May.", "We will hold the Cabinet to account.",
				"I will knock on your door this weekend to hear your views.", "Watch this space!" })
		void leavesCampaigningAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.HARASSMENT);
		}

		@Test
		void flagsACourseOfConductAcrossEarlierPosts() {
			Context context = Context.empty()
				.withEarlierPosts(List.of("Cllr Dunmore is an idiot.", "Cllr Dunmore is useless, as usual."));
			Report report = CHECKER.check(Post.of("Cllr Dunmore was at it again tonight."), context);
			assertThat(report.categories()).contains(Category.HARASSMENT);
			assertThat(CHECKER.check("Cllr Dunmore was at it again tonight.").categories())
				.doesNotContain(Category.HARASSMENT);
		}

	}

	@Nested
	class DataProtection {

		@ParameterizedTest
		@ValueSource(strings = { "Ring Mr Deacon on 07912 345678 about his hedge.",
				"Email the tenant at sam.holloway@gmail.com.", "His NI number is AB 12 34 56 C.",
				"Her NHS number is 943 476 5919.", "Her date of birth is 4 March 1958.",
				"Cllr Tressider lives at 14 Orchard Close.", "Mr Tobias Renshaw is in rent arrears again.",
				"The red van AB12 CDE keeps parking across driveways.",
				"Mrs Eleanor Pascoe has dementia and her family never visit." })
		void flagsOtherPeoplesPersonalData(String text) {
			assertThat(categories(text)).contains(Category.DATA_PROTECTION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Call the council on 0300 123 4567.", "Call me on 07700 900789 any time.",
				"Email planning@westshire.gov.uk with questions.",
				"The new hub at 12 High Street, BS1 4ST opens on Monday.",
				"Thanks to Sarah Jones for organising the litter pick.", "The NI number format is changing.",
				"The A38 Bristol Road is closed tonight.", "Budget: £312m, reference 24/01234/FUL." })
		void leavesPublicInformationAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.DATA_PROTECTION);
		}

	}

	@Nested
	class Incitement {

		@ParameterizedTest
		@ValueSource(strings = { "Someone should smash his windows.", "Let's torch the bin lorries tonight.",
				"Burn it down.", "Everyone should turn up outside his house tonight." })
		void flagsCallsToViolenceOrDamage(String text) {
			assertThat(categories(text)).contains(Category.INCITEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Let's smash our fundraising target!", "Kill the bill!",
				"We should attack the problem of empty shops.", "Anyone can damage their car on these potholes." })
		void leavesFigurativeUsesAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.INCITEMENT);
		}

		@Test
		void addsHarassmentWhenAPersonIsTargeted() {
			assertThat(categories("Someone should smash his windows.")).contains(Category.HARASSMENT);
		}

	}

	@Nested
	class Discrimination {

		@ParameterizedTest
		@ValueSource(strings = { "Immigrants are vermin.", "Women can't lead.", "No Travellers allowed.",
				"Send them all back where they came from.", "All refugees are criminals." })
		void flagsHostilityToProtectedGroups(String text) {
			assertThat(categories(text)).contains(Category.DISCRIMINATION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Eid Mubarak to all our Muslim residents.", "Proud to march at Pride.",
				"Refugees are welcome here.", "Disabled people are not a burden.",
				"Older people should stay at home during the heatwave and drink plenty of water.",
				"The government's asylum policy is chaotic." })
		void leavesRespectfulMentionsAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.DISCRIMINATION);
		}

	}

	@Nested
	class Confidentiality {

		@ParameterizedTest
		@ValueSource(strings = { "The Part B report shows the council paid £2.3m.",
				"The legal advice says the scheme is unlawful.", "I was told in confidence that the CEO is leaving.",
				"The exempt report was discussed last night: they agreed to close the depot." })
		void flagsDisclosure(String text) {
			assertThat(categories(text)).contains(Category.CONFIDENTIALITY);
		}

		@ParameterizedTest
		@ValueSource(strings = { "The item was taken in private session, so I can't say more.",
				"We will take legal advice before deciding.", "Residents can speak to me in confidence.",
				"The exempt report on the energy bill will be discussed in private.",
				"The confidential appendix is to be considered by Cabinet next week." })
		void leavesDiscretionAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.CONFIDENTIALITY);
		}

	}

	@Nested
	class Predetermination {

		@ParameterizedTest
		@ValueSource(strings = { "I will be voting against the Tesco planning application, whatever the officers say.",
				"Over my dead body will the incinerator application be approved.",
				"My mind is made up on the licence for the Red Lion." })
		void flagsAClosedMind(String text) {
			assertThat(categories(text)).contains(Category.PREDETERMINATION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Planning application 24/01234/FUL goes to committee on 12 March.",
				"I will listen with an open mind before the committee decides the application.",
				"I will vote against the budget cuts on Thursday.",
				"I'll be voting against the planning officer's budget on Thursday." })
		void leavesNeutralMentionsAlone(String text) {
			assertThat(categories(text)).doesNotContain(Category.PREDETERMINATION);
		}

		@Test
		void isHighRiskForAMemberOfThePlanningCommittee() {
			Report report = CHECKER.check(Post.of("I will vote against the Tesco planning application."),
					Context.empty().withCommittees(Set.of("planning")));
			assertThat(report.verdict()).isEqualTo(Verdict.HIGH_RISK);
		}

	}

	@Nested
	class Copyright {

		@ParameterizedTest
		@ValueSource(strings = { "Copied from the Gazette: the full article is below.", "Photo: Getty Images.",
				"© Evening Post 2024." })
		void flagsCopiedWork(String text) {
			assertThat(categories(text)).contains(Category.COPYRIGHT);
		}

		@Test
		void flagsSomeoneElsesImageWithoutPermission() {
			Post post = new Post("The bridge at night", List.of(),
					List.of(new Image(ImageSource.SOMEONE_ELSES, "The bridge lit up", false)));
			assertThat(CHECKER.check(post, Context.empty()).categories()).contains(Category.COPYRIGHT);
			Post own = new Post("The bridge at night", List.of(),
					List.of(new Image(ImageSource.OWN, "The bridge lit up", false)));
			assertThat(CHECKER.check(own, Context.empty()).categories()).doesNotContain(Category.COPYRIGHT);
		}

	}

	@Nested
	class PreElection {

		private final Context council = Context.empty()
			.on(Channel.COUNCIL, LocalDate.of(2026, 4, 20))
			.withPreElectionPeriods(
					List.of(new PreElectionPeriod(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 5, 7))));

		@Test
		void flagsPartyPoliticsOnACouncilAccountDuringThePeriod() {
			Report report = CHECKER.check(Post.of("Vote Labour on 7 May to keep the libraries open!"), this.council);
			assertThat(report.categories()).contains(Category.PRE_ELECTION);
		}

		@Test
		void staysSilentWithoutContextOrOutsideThePeriod() {
			assertThat(categories("Vote Labour on 7 May!")).doesNotContain(Category.PRE_ELECTION);
			Context after = this.council.on(Channel.COUNCIL, LocalDate.of(2026, 6, 1));
			assertThat(CHECKER.check(Post.of("Vote Labour on 7 May!"), after).categories())
				.doesNotContain(Category.PRE_ELECTION);
		}

	}

	@Nested
	class Foi {

		@Test
		void advisesOnCouncilBusinessOnAPersonalAccount() {
			Report report = CHECKER.check(Post.of("I have approved the new parking charges for the town centre today."),
					Context.empty().on(Channel.PERSONAL, LocalDate.of(2026, 1, 5)));
			Finding finding = report.findings().get(0);
			assertThat(finding.category()).isEqualTo(Category.FOI);
			assertThat(finding.severity()).isEqualTo(Severity.ADVICE);
			assertThat(report.verdict()).isEqualTo(Verdict.CLEAR);
		}

		@Test
		void staysSilentWithoutContext() {
			assertThat(categories("I have approved the new parking charges for the town centre today.")).isEmpty();
		}

	}

	@Nested
	class Accessibility {

		@ParameterizedTest
		@ValueSource(strings = { "Join the litter pick! #keepourtownclean", "For the timetable click here",
				"THE CONSULTATION CLOSES ON FRIDAY SO HAVE YOUR SAY", "Well done 🎉🎉🎉🎉🎉🎉" })
		void advisesButLeavesTheVerdictClear(String text) {
			Report report = CHECKER.check(text);
			assertThat(report.categories()).containsExactly(Category.ACCESSIBILITY);
			assertThat(report.verdict()).isEqualTo(Verdict.CLEAR);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Join the litter pick! #KeepOurTownClean", "#planning #Westshire",
				"Meeting with the NHS and the ICB about GP access." })
		void leavesAccessiblePostsAlone(String text) {
			assertThat(categories(text)).isEmpty();
		}

		@Test
		void advisesOnImagesWithoutDescription() {
			Post post = new Post("Our new park", List.of(), List.of(new Image(ImageSource.OWN, "", true)));
			assertThat(CHECKER.check(post, Context.empty()).categories()).containsExactly(Category.ACCESSIBILITY);
		}

	}

}
