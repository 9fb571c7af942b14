package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.membercomms.checker.Category;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;

/**
 * The composition table at work: sentence frames filled with many groups, people and
 * properties. Swapping one group for another, or one name for another, never changes the
 * verdict; the contrasts (neutral or positive statements, condemnation, negation, news,
 * lawful protest, figurative words) stay CLEAR.
 */
class CompositionTest {

	private static final PostChecker CHECKER = PostChecker.create();

	private static final List<String> GROUPS = List.of("Muslims", "Jews", "Sikhs", "gay people", "trans people",
			"immigrants", "refugees", "disabled people", "women", "Travellers", "black people", "pensioners",
			"Polish people");

	private static final List<String> PEOPLE = List.of("Cllr Ashworth", "Councillor Brannigan", "Mrs Pendlebury",
			"Dr Okafor", "Mr Delacroix", "Cllr Haddad", "Ms Thistlewood", "Cllr Fairbairn", "Mr Quigley", "Cllr Nwosu");

	private static final List<String> HATEFUL = List.of("I hate {}.", "Honestly, I can't stand {}.",
			"I'm sick of {} in this town.", "{} are vermin.", "{} are a plague on Middlesbrough.",
			"{} belong in a zoo.", "{} should be kept in cages.", "{} should know their place.",
			"{} shouldn't be allowed on the planning committee.", "We need to drive {} out of Linthorpe.",
			"Keep {} away from our schools.", "I want to kill all {}.", "Let's go and batter {} tonight.",
			"Grove Hill was fine until {} arrived. They are animals.", "{}? Parasites, the lot of them.", "I h8 {}.",
			"{} shouldnt be allowed near the youth club.",
			"{} are a menace and shouldn't be allowed in the leisure centre.");

	private static final List<String> STEREOTYPES = List.of("{} bring nothing but crime to Acklam.",
			"{} are all thieves.", "{} are never any good at running anything.", "Why are {} so lazy?",
			"{} cant be trusted with money.", "{} bring nothing but terrorism to Middlesbrough.");

	private static final List<String> CLEAN_ABOUT_GROUPS = List.of("{} in Acklam raised £2,000 for the hospice.",
			"People who say {} are vermin should be ashamed.", "{} are not vermin, whatever that leaflet says.",
			"Hate crime against {} has risen in the borough.", "I'm sick of {} being blamed for the housing shortage.",
			"{} were attacked outside the community centre last night; police are appealing for witnesses.",
			"I hate to say it, but the survey of {} closed early.",
			"{} who break the law should be deported, as the Home Secretary says.",
			"The council should keep {} informed about the consultation.",
			"The claim that {} can't be trusted is an old and hateful lie, and racist too.");

	private static final List<String> THREATS = List.of("I swear I'll stab the next councillor who backs {}.",
			"{}, I'll break your legs if you vote for the incinerator.", "You've been warned, {}.",
			"I'm gonna stab that Thornaby councillor, {}.", "I'm going to batter {} after the meeting.",
			"I'm going to knock {}'s teeth down the throat.", "Keep it up, {}, and see what happens to you.",
			"I'll smash {}'s windows.", "I want to hurt {}.",
			"Carry on like this, {}, and you'll find out what happens.", "{} should be strung up.");

	private static final List<String> CALLS_AGAINST_PEOPLE = List.of("Someone should stab {}.",
			"Everyone should go round and punch {}.", "Bring your mates and smash {}'s new car to bits.",
			"I'd pay anyone who slashes {}'s tyres.", "Someone needs to give {} a good kicking.");

	private static final List<String> CLEAN_ABOUT_PEOPLE = List.of("I'm going to meet {} after the meeting.",
			"Someone slashed {}'s tyres last night; police are investigating.",
			"I'll shoot {} an email about the potholes.", "{} was attacked outside the town hall and I wish them well.",
			"I hate the way {} was treated by the trolls.", "Let's all thank {} for the work on the library.",
			"Watch your step on the icy path, {}.",
			"{}, you've been warned about the road closure on Marton Road next week.",
			"{} broke a leg skiing; get well soon!");

	static Stream<String> groupFrames() {
		return Stream.of(HATEFUL, STEREOTYPES, CLEAN_ABOUT_GROUPS).flatMap(List::stream);
	}

	static Stream<String> personFrames() {
		return Stream.of(THREATS, CALLS_AGAINST_PEOPLE, CLEAN_ABOUT_PEOPLE).flatMap(List::stream);
	}

	@ParameterizedTest
	@MethodSource("groupFrames")
	void swappingOneGroupForAnotherNeverChangesTheVerdict(String frame) {
		assertThat(filled(List.of(frame), GROUPS).map((a) -> CHECKER.check((String) a.get()[0]).verdict()).distinct())
			.hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("personFrames")
	void swappingOneNameForAnotherNeverChangesTheVerdict(String frame) {
		assertThat(filled(List.of(frame), PEOPLE).map((a) -> CHECKER.check((String) a.get()[0]).verdict()).distinct())
			.hasSize(1);
	}

	static Stream<Arguments> filled(List<String> frames, List<String> fillers) {
		List<Arguments> all = new ArrayList<>();
		for (String frame : frames) {
			for (String filler : fillers) {
				String text = frame.replace("{}", filler);
				all.add(Arguments.of(Character.toUpperCase(text.charAt(0)) + text.substring(1)));
			}
		}
		return all.stream();
	}

	static Stream<Arguments> hateful() {
		return filled(HATEFUL, GROUPS);
	}

	static Stream<Arguments> stereotypes() {
		return filled(STEREOTYPES, GROUPS);
	}

	static Stream<Arguments> cleanAboutGroups() {
		return filled(CLEAN_ABOUT_GROUPS, GROUPS);
	}

	static Stream<Arguments> threats() {
		return filled(THREATS, PEOPLE);
	}

	static Stream<Arguments> callsAgainstPeople() {
		return filled(CALLS_AGAINST_PEOPLE, PEOPLE);
	}

	static Stream<Arguments> cleanAboutPeople() {
		return filled(CLEAN_ABOUT_PEOPLE, PEOPLE);
	}

	@ParameterizedTest
	@MethodSource("hateful")
	void findsHostilityTowardsAnyProtectedGroup(String text) {
		Report report = CHECKER.check(text);
		assertThat(report.categories()).contains(Category.DISCRIMINATION);
		assertThat(report.verdict()).isEqualTo(Verdict.HIGH_RISK);
	}

	@ParameterizedTest
	@MethodSource("stereotypes")
	void findsStereotypesOfAnyProtectedGroup(String text) {
		assertThat(CHECKER.check(text).categories()).contains(Category.DISCRIMINATION);
	}

	@ParameterizedTest
	@MethodSource("cleanAboutGroups")
	void leavesNeutralCondemningNegatedAndNewsSentencesAboutGroupsClear(String text) {
		assertThat(CHECKER.check(text).verdict()).isEqualTo(Verdict.CLEAR);
	}

	@ParameterizedTest
	@MethodSource("threats")
	void findsThreatsToAnyPerson(String text) {
		assertThat(CHECKER.check(text).categories()).contains(Category.HARASSMENT);
	}

	@ParameterizedTest
	@MethodSource("callsAgainstPeople")
	void findsCallsToViolenceAgainstAnyPerson(String text) {
		assertThat(CHECKER.check(text).categories()).contains(Category.INCITEMENT, Category.HARASSMENT);
	}

	@ParameterizedTest
	@MethodSource("cleanAboutPeople")
	void leavesMeetingsEmailsNewsAndThanksClear(String text) {
		assertThat(CHECKER.check(text).verdict()).isEqualTo(Verdict.CLEAR);
	}

	@ParameterizedTest
	@MethodSource
	void findsCallsToDamageProperty(String text) {
		assertThat(CHECKER.check(text).categories()).contains(Category.INCITEMENT);
	}

	static Stream<String> findsCallsToDamageProperty() {
		return Stream.of(
				"Let's all turn up at the contractor's yard and smash up their diggers before they start on the park.",
				"Everyone should torch the developer's vans.", "Someone should slash the tyres on the council vans.",
				"Bring your mates and wreck the site compound on Saturday.",
				"I'd pay anyone who smashes the windows of the depot.",
				"Bring your mates and we'll smash the council's new cameras to bits.",
				"Everyone should meet at the depot at midnight and set fire to the bin lorries.",
				"Let's wreck the builders' compound so they can't start on the green.",
				"We should storm the council chamber on Thursday.");
	}

	@ParameterizedTest
	@MethodSource
	void leavesProtestTargetsAndNewsOfDamageClear(String text) {
		assertThat(CHECKER.check(text).verdict()).isEqualTo(Verdict.CLEAR);
	}

	static Stream<String> leavesProtestTargetsAndNewsOfDamageClear() {
		return Stream.of("Let's all turn up at the council meeting and make our voices heard.",
				"Let's smash our fundraising target for the hospice.",
				"The developer's diggers were vandalised overnight; please report anything you saw.",
				"We'll smash the record at the fun run.", "Bring your mates to the litter pick at the park.",
				"We will build homes for key workers on the depot site.",
				"The bin lorries were set on fire at the depot last night; police are investigating.",
				"Everyone should meet at the depot at 9am for the litter pick.");
	}

	@ParameterizedTest
	@MethodSource
	void readsTheIssuesExamples(String text, Set<Category> expected) {
		assertThat(CHECKER.check(text).categories()).containsAll(expected);
	}

	static Stream<Arguments> readsTheIssuesExamples() {
		return Stream.of(Arguments.of("I want to kill all Muslims.", Set.of(Category.DISCRIMINATION)),
				Arguments.of("I hate gay people.", Set.of(Category.DISCRIMINATION)),
				Arguments.of("Immigrants belong in a zoo.", Set.of(Category.DISCRIMINATION)),
				Arguments.of("Women shouldn't be allowed on the planning committee.", Set.of(Category.DISCRIMINATION)),
				Arguments.of("Let's all turn up at the contractor's yard and smash up their diggers before "
						+ "they start on the park.", Set.of(Category.INCITEMENT)),
				Arguments.of("Carry on and you'll find out what happens to people like you.",
						Set.of(Category.HARASSMENT)));
	}

}
