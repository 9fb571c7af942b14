package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;

/**
 * Party-political publicity from a council account during a pre-election period. Needs
 * the channel and the date (and configured periods): silent otherwise.
 */
final class PreElectionRule implements Rule {

	static final String LAW = "The Code of Recommended Practice on Local Authority Publicity (and section 2 of the Local "
			+ "Government Act 1986) forbids council publicity that is party political or promotes candidates, and "
			+ "during the pre-election period council channels must not feature candidates or contentious issues.";

	static final String ADVICE = "Keep council accounts strictly factual during the pre-election period: no parties, "
			+ "no candidates, no calls to vote; campaign on your own account, without council resources.";

	private static final String PATTERNS = """
			party: labour|conservative|conservatives|tory|tories|lib_dem|lib_dems|libdem|libdems|liberal_democrat|liberal_democrats|green_party|greens|reform_uk|reform|snp|plaid|ukip|independents
			named: green|independent councillor|councillors|cllr|cllrs|group|candidate|candidates|administration|leader|mp|mps|coalition|manifesto|party
			vote: vote_for|vote_labour|vote_conservative|vote_green|re-elect|reelect|re_elect|elect|votes_for|support_me|back_me|my_record|our_record|our_achievements|my_achievements|manifesto|candidate|candidates|campaign|campaigning|canvassing|polling_day|on_thursday_vote|ballot_paper
			""";

	private final Patterns patterns;

	PreElectionRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		if (post.context().channel() != Channel.COUNCIL || !post.context().inPreElectionPeriod()) {
			return;
		}
		List<Span> evidence = new ArrayList<>();
		post.steps().add(post.tokens().size());
		for (Match match : this.patterns.find(post.tokens(), post.steps())) {
			// "Green" and "Independent" name a party only as proper nouns: "the Green
			// group"
			if (!match.tag().equals("named") || post.tokens().get(match.first()).capitalised()) {
				evidence.add(post.span(match));
			}
		}
		boolean political = !evidence.isEmpty();
		for (Token t : post.tokens()) {
			if (t.has(Marks.COUNCILLOR)) {
				evidence.add(new Span(t.start(), t.end()));
			}
		}
		if (!evidence.isEmpty()) {
			findings
				.add(Category.PRE_ELECTION, political ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
						political ? "is party-political publicity on a council account during the pre-election period"
								: "features a councillor on a council account during the pre-election period",
						LAW, ADVICE);
		}
	}

}
