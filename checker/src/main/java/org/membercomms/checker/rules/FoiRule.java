package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;

/**
 * Advice only: a post on a personal account that shows council business done there (a
 * decision taken on a portfolio, an instruction to officers, a resident's casework
 * handled) is information the council holds, and can be requested under the Freedom of
 * Information Act. A post that merely mentions the council, a budget or officers is not.
 * Needs the channel and the date.
 */
final class FoiRule implements Rule {

	static final String LAW = "Under the Freedom of Information Act 2000 information about council business that a "
			+ "Member handles on a personal account (a decision on a portfolio, instructions to officers, a "
			+ "resident's case) can be held on the council's behalf and requested like any other council record.";

	static final String ADVICE = "Do council business on council systems: take decisions and instruct officers through "
			+ "them, ask residents to send casework to your council email, and assume what you post here could "
			+ "be released.";

	private static final String PATTERNS = """
			portfolio: PORTFOLIO ~8 ACTS
			portfolio: ACTS ~8 PORTFOLIO
			decision: i|we ~3 approved|signed_off|sign_off|signed-off|authorised|authorized|commissioned|allocated|awarded|granted|agreed_the|agreed_to_fund|agreed_funding
			instruction: i|we ~3 instructed|asked|told|directed|chased|requested ~3 officers|officer|highways|housing|planning|environment|repairs|streetscene|waste|enforcement|the_director|the_chief_executive|the_team
			casework: raised|passed|forwarded|referred|escalated|taken_up|take_up|pass|forward|refer|escalate|raise ~3 your|their|his|her ~2 case|casework|complaint|enquiry|query|concerns
			casework: send|message|dm|pm|email|inbox ~1 me ~3 your ~2 address|details|case|reference|postcode|phone_number|number
			"""
		.replace("PORTFOLIO",
				"as|in_my_role_as|in_my_capacity_as ~1 portfolio|cabinet_member|executive_member|lead_member|cabinet_lead")
		.replace("ACTS",
				"approved|signed|sign|authorised|authorized|commissioned|allocated|awarded|granted|agreed|decided"
						+ "|instructed|asked|confirmed|extended|introduced|launched|paused|scrapped|approve|agree|decide");

	private final Patterns patterns;

	FoiRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		if (post.context().channel() != Channel.PERSONAL || post.context().date() == null) {
			return;
		}
		List<Span> evidence = new ArrayList<>();
		for (Match match : this.patterns.find(post.tokens(), post.steps())) {
			post.steps().add(match.last() - match.first() + 1);
			int next = match.last() + 1;
			if (post.negated(match.last()) || (match.tag().equals("decision") && next < post.tokens().size()
					&& post.tokens().get(next).is("of"))) {
				continue;
			}
			evidence.add(post.span(match));
		}
		if (!evidence.isEmpty()) {
			findings.add(Category.FOI, Severity.ADVICE, evidence, "shows council business done on a personal account",
					LAW, ADVICE);
		}
	}

}
