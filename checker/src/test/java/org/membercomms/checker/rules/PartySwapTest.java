package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.PreElectionPeriod;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;

/**
 * Metamorphic: the same sentence about any party gets the same verdict. Each template
 * names a party where it says {@code {party}}; every party is put in its place in turn.
 */
class PartySwapTest {

	private static final PostChecker CHECKER = PostChecker.create();

	/** National parties in their usual spellings, and a local party. */
	private static final List<String> PARTIES = List.of("Labour", "Conservative", "Conservatives", "Tory", "Tories",
			"Liberal Democrat", "Liberal Democrats", "Lib Dem", "Lib Dems", "Green", "Greens", "Green Party", "Reform",
			"Reform UK", "Independent", "Independents", "Boro Independents");

	@ParameterizedTest
	@ValueSource(strings = { "The {party} group secured funding for the new park.",
			"Thanks to the {party} councillors who backed the library motion.",
			"The new park opens on Saturday, thanks to the {party} administration.",
			"The bin collection changes start on Monday." })
	void givesEveryPartyTheSameVerdictOnACouncilAccountBeforeAnElection(String template) {
		Context council = Context.empty()
			.on(Channel.COUNCIL, LocalDate.of(2026, 4, 10))
			.withPreElectionPeriods(
					List.of(new PreElectionPeriod(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 5, 7))));
		Map<Verdict, List<String>> verdicts = new TreeMap<>();
		for (String party : PARTIES) {
			Report report = CHECKER.check(Post.of(template.replace("{party}", party)), council);
			verdicts.computeIfAbsent(report.verdict(), (v) -> new ArrayList<>()).add(party);
		}
		assertThat(verdicts).as(template).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// insults
			"{party} are idiots.", "{party} scum.", "The {party} councillor for Acklam is an idiot.",
			"These {party} idiots have wrecked the town.", "{party} councillors are thick as mince.",
			"{party} councillors are spineless cowards.", "{party} voters are idiots.",
			"The {party} leader is a moron.", "F*** the {party}.", "{party} are a bunch of clowns.",
			"What a useless bunch {party} are.", "{party} are a shower of shite.", "{party} are absolute scum.",
			"{party} make me sick.", "{party} councillors are pathetic little men.",
			// threats
			"Someone should burn down the {party} office.", "I know where the {party} leader lives.",
			// allegations
			"{party} councillor Jane Hobbs is a liar.", "{party} councillors lied about the budget.",
			"{party} are corrupt.", "The {party} candidate for Acklam is a crook.", "{party} MP Tom Reed took a bribe.",
			"{party} are all liars and crooks.", "{party} rigged the vote on the library.",
			// criticism
			"The {party} administration has failed Linthorpe.", "The {party} plan for the bins is a disgrace.",
			"I think {party} have got this badly wrong.", "{party} voted to close the library. Shameful.",
			"The {party} councillors should all resign over the bins fiasco.",
			"{party} have been a total failure on housing.", "Shame on {party} for voting to cut the library budget.",
			"The {party} group leader is a hypocrite: she promised to save the library and then voted to close it.",
			"{party} councillors are useless.", "The {party} leader is useless.",
			"The {party}-run council has failed Acklam.", "{party}'s budget is a con.",
			"{party} councillor Jane Hobbs is a hypocrite: she voted to close the library she promised to save.",
			"Kick {party} out in May!", "Typical {party}, lying through their teeth again.",
			// praise and campaigning
			"Well done to {party} councillors for saving the library.", "{party} have done a great job on the parks.",
			"I'm proud to stand for {party} in Acklam.", "I voted {party} all my life and I'm proud of it.",
			"{party} councillor Jane Hobbs has done brilliant work on potholes.", "Vote {party} on Thursday!" })
	void givesEveryPartyTheSameVerdict(String template) {
		Map<Verdict, List<String>> verdicts = new TreeMap<>();
		for (String party : PARTIES) {
			String text = template.replace("{party}", party);
			Report report = CHECKER.check(text);
			verdicts.computeIfAbsent(report.verdict(), (v) -> new ArrayList<>()).add(party);
		}
		assertThat(verdicts).as(template).hasSize(1);
	}

}
