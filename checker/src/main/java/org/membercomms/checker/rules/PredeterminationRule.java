package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * A closed mind on a pending planning or licensing decision. Without the author's
 * committees it is flagged anyway (the author may sit on the committee); with PLANNING or
 * LICENSING among them it is a high risk.
 */
final class PredeterminationRule implements Rule {

	static final String LAW = "Planning and licensing decisions are quasi-judicial: section 25 of the Localism Act 2011 "
			+ "lets a Member show a predisposition, but a Member who has a closed mind before the hearing "
			+ "(predetermination) must not take part, and the decision can be quashed.";

	static final String ADVICE = "Say that you will listen to all the evidence and keep an open mind until the "
			+ "committee meets; if you want to campaign on the application, talk to the Monitoring Officer "
			+ "about stepping down from the decision.";

	private static final Set<String> PLANNING_WORDS = Set.of("planning", "application", "applications", "licence",
			"license", "licensing", "permission", "premises", "applicant", "hmo", "development", "planners",
			"variation", "appeal");

	private static final String THING = "application|applications|plans|plan|development|scheme|proposal|proposals|licence"
			+ "|license|it|this|bid|expansion|extension|warehouse|incinerator|mast|hmo|store"
			+ "|supermarket|site|variation|appeal|them|that|these|those";

	private static final String PATTERNS = """
			closed: i|we ~2 will|'ll|shall|am|'m|are|'re|intend_to|plan_to|going_to|promise_to|pledge_to|have_decided_to|'ve_decided_to|can_promise ~3 vote|voting|oppose|opposing|refuse|refusing|reject|rejecting|block|blocking|approve|approving|support|supporting|back|backing|object|objecting|fight|fighting|stop|kill|turn_down|throwing_out|throw_out|chucking_out|kicking_out|turning_down ~4 THING
			closed: i|we ~2 will|'ll|am|'m|are|'re ~1 be ~1 voting|opposing|supporting|backing|objecting ~3 THING|against|for
			closed: made_up_my_mind|mind_is_made_up|mind_'s_made_up|already_decided|already_made_up_my|nothing_will_change_my_mind|whatever_the_officers|regardless_of_the_evidence|regardless_of_what|whatever_the_evidence|no_matter_what_the|wo_n't_change_my_mind|won't_change_my_mind|will_never_support|will_never_approve|will_never_allow|will_never_vote_for|never_be_approved|over_my_dead_body|not_on_my_watch|never_get_past_me|not_get_past_me|wo_n't_get_past_me|made_my_decision|made_my_mind_up|my_decision_is_made|it_'s_a_no_from_me|it_'s_a_yes_from_me
			closed: get_my_vote_against|gets_my_vote_against|getting_my_vote_against|my_vote_will_be_against
			closed: i|we|my|me ~10 whatever_the_planning_officers|whatever_officers_recommend|whatever_the_officers_recommend|whatever_officers_say|whatever_the_officers_say|regardless_of_the_officers|regardless_of_officers|whatever_the_report_says|regardless_of_the_report|whatever_the_inspector_says|whatever_the_planners_say|whatever_the_planners
			closed: THING ~6 must|will|has_to|needs_to|have_to|should ~1 be ~1 refused|rejected|thrown_out|stopped|blocked|turned_down|approved|granted|kicked_out
			closed: i|we ~2 will|'ll ~1 make_sure|ensure|see_to_it ~4 refused|rejected|blocked|never_happens|does_n't_go_ahead|does_not_go_ahead|is_stopped|never_gets_built|is_approved|goes_ahead|thrown_out
			closed: no_way ~2 will|am|is|are|'m|'re|would ~2 i|we|this|it|the|that ~5 let|allow|approve|support|go_ahead|approved|happen|vote|get_through|pass
			closed: i|we ~2 will|'ll|wo ~1 n't|not|never ~2 let|allow ~4 happen|go_ahead|built|approved|through
			"""
		.replace("THING", THING);

	private final Patterns patterns;

	private final WordClass planningWords;

	private final WordClass open;

	PredeterminationRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
		this.planningWords = lexicons.wordClass("planning-words", PLANNING_WORDS);
		this.open = lexicons.wordClass("open", Set.of("open"));
	}

	/** "The planning officer's budget" names a role, not a planning matter. */
	private static boolean partOfARole(List<Token> tokens, Token t) {
		int next = t.index() + 1;
		return next < tokens.size()
				&& tokens.get(next).is("officer", "officers", "director", "manager", "team", "department", "service");
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		boolean planning = false;
		post.steps().add(tokens.size());
		for (Token t : tokens) {
			if (this.planningWords.contains(t) && !partOfARole(tokens, t)) {
				planning = true;
			}
			if (this.open.containsAnyForm(t) && t.index() + 1 < tokens.size() && tokens.get(t.index() + 1).is("mind")) {
				return;
			}
		}
		if (!planning) {
			return;
		}
		List<Span> evidence = new ArrayList<>();
		for (Match match : this.patterns.find(tokens, post.steps())) {
			if (!post.reported(match.first(), match.last())) {
				evidence.add(post.span(match));
			}
		}
		if (!evidence.isEmpty()) {
			Set<String> committees = post.context().committees();
			boolean sits = committees.contains("PLANNING") || committees.contains("LICENSING");
			findings.add(Category.PREDETERMINATION, sits ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
					"declares a closed mind on a planning or licensing decision before the committee has heard it", LAW,
					ADVICE);
		}
	}

}
