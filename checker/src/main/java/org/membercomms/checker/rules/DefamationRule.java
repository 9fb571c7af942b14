package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;

/**
 * An allegation of fact that could damage an identifiable person's or organisation's
 * reputation: corruption, crime, lying, fraud. Allegations about the council, the
 * government or a party as institutions are left alone (they cannot sue for defamation,
 * and criticising them is political expression).
 */
final class DefamationRule implements Rule {

	static final String LAW = "Under the Defamation Act 2013 a statement that causes or is likely to cause serious harm "
			+ "to the reputation of an identifiable person or company can lead to a claim against you personally; "
			+ "the defences are truth, honest opinion and publication on a matter of public interest, and you "
			+ "would have to prove them.";

	static final String ADVICE = "Only state as fact what you can prove; otherwise make clear it is your opinion and on "
			+ "what facts it is based, or report concerns about wrongdoing to the Monitoring Officer or the police "
			+ "instead of posting them.";

	private static final String WHO = "%TARGET|%ORGANISATION|committee|panel|cabinet";

	private static final String CRIME = "crook|crooks|criminal|criminals|fraudster|fraudsters|fraud|thief|thieves|liar|liars"
			+ "|embezzler|paedophile|paedo|nonce|racist|racists|abuser|crooked|corrupt|bent|dishonest|cheat|cheats"
			+ "|scammer|scammers|conman|swindler|swindlers|drunk|drug_dealer|money_launderer|sex_offender|on_the_take"
			+ "|in_the_pocket_of|in_the_pockets_of|bribed|being_bribed|lying|a_liar|a_fraud|a_crook|a_thief|a_criminal"
			+ "|fiddling|stealing|lying_through|having_an_affair|a_paedophile|a_racist|a_cheat|on_the_fiddle|bought_and_paid_for"
			+ "|in_the_pay_of|on_the_payroll_of|being_paid_by|paid_off|being_paid_off|bought_off";

	private static final String ACT = "lied|lies|lie|stole|steals|stolen|nicked|pocketed|pocketing|embezzled|embezzling"
			+ "|defrauded|defrauding|fiddled|fiddles|rigged|rigging|falsified|falsifying|forged|laundered|laundering"
			+ "|bribed|bribing|cheated|swindled|misappropriated|conned|fleeced|extorted|blackmailed|abused|assaulted"
			+ "|groped|covered_up|covered_it_up|covering_it_up|hushed_it_up|hushed_up|cooked_the_books|fixed_the|diverted|siphoned|syphoned|fiddling|robbed|ripped_off|bribe"
			+ "|paid_off|bought_off|bunged|greased|backhanded|paid_a_bribe|fixed_the_vote|fixed_the_contract"
			+ "|cooking_the_books|covering_up|fixing_the_vote|fixing_the_contract|fiddles_his|fiddles_her"
			+ "|rip_off|rips_off|ripping_off|swindle|swindles|swindling|scams|scamming|fleecing|defrauds|steal_from|steals_from"
			+ "|clocked_the_mileage|clocking_cars|clocked_cars|hand_in_the_till|hands_in_the_till|fingers_in_the_till";

	private static final String PATTERNS = """
			state: WHO ~4 is|are|was|were|'re|being|remains|been|has_been|have_been ~3 CRIME
			runby: run_by|owned_by|managed_by|full_of ~2 crooks|criminals|fraudsters|thieves|gangsters|con_artists|conmen|swindlers
			state: WHO ~1 's a|an|so|such|just|completely|totally|utterly|clearly|obviously|been|the|always|still|nothing|on|in ~2 CRIME
			state: he|she 's ~1 CRIME
			state: WHO ~1 is|are|was|were|'re|'s ~4 and|or a|an? CRIME
			act: WHO ~5 ACT
			act: %PERSON|%ORGANISATION|he|she ~4 dumping|operating|trading|building|renting|letting|subletting|selling|charging|employing|running|occupying|felling|demolishing|claiming|obtaining ~4 illegally|unlawfully|fraudulently|corruptly
			called: took|takes|taking|pocketed|accepted ~1 a|the ~1 bribe|bung|backhander|kickback|bribes|bungs|backhanders|kickbacks
			called: corruption|fraud|bribery|backhanders|nepotism|cronyism|a_fix|a_stitch-up|theft ~1 pure_and_simple|plain_and_simple|nothing_less|nothing_else
			called: that_'s|that_is|this_is|it_'s|it_is|pure|blatant|clear|obvious|naked ~2 corruption|fraud|theft|bribery|nepotism|cronyism|embezzlement
			state: WHO ~1 is|was|are|were|'s ~2 guilty_of ~2 corruption|fraud|theft|bribery|misconduct|lying|abuse|a_crime|crimes|embezzlement|perjury
			state: WHO ~4 should_be_in_prison|should_be_in_jail|belongs_in_jail|belongs_in_prison|should_be_behind_bars|should_be_locked_up|should_be_prosecuted|wants_locking_up|want_locking_up|need_locking_up|needs_locking_up|should_be_jailed
			deal: WHO ~3 took|takes|taking|accepted|accepts|accepting|received|receiving|pocketed|paid|pays|paying|offered|offering|gave|give|given ~3 bribe*|backhander*|kickback*|bung|bungs|brown_envelope|brown_envelopes|hush_money|sweetener|sweeteners|a_cut_from|a_cut_of|his_cut|her_cut|a_backhander
			deal: WHO ~8 brown_envelope|brown_envelopes|backhander|backhanders|kickback|kickbacks|bung|bungs|hush_money|bribe|bribes|in_it_together_with_the_developer|on_the_take
			deal: WHO ~8 slipped|bunged|handed|paid|gave ~1 him|her|them|the_councillor|the_officer ~2 cash|money|a_bung|an_envelope|a_brown_envelope|thousands|backhanders|bribes
			deal: WHO ~3 lining|lines|lined|feathering|feathered ~2 pocket*|nest
			record: WHO ~4 has|have|had|got ~2 criminal_record|police_record|conviction|convictions|record_for_fraud|record_for_theft
			record: WHO ~4 has|have|had|was|were|is|got|been ~2 arrested|convicted|jailed|sacked_for_fraud|sacked_for_theft|caught_stealing|caught_lying|under_investigation
			record: WHO ~4 was|were|been|got|is|'s ~2 caught ~2 drink-driving|drink_driving|drunk_driving|drunk|shoplifting|stealing|lying|fiddling|cheating|dealing|red-handed|red_handed|fly-tipping|fly_tipping|in_the_act|with_his_hand|with_her_hand|taking_bribes|taking_cash|taking_money|on_the_fiddle
			record: WHO ~4 was|were|been|got|is|'s ~1 arrested_for|charged_with|nicked_for|done_for|convicted_of|cautioned_for|banned_for
			adj: corrupt|crooked|bent|lying|thieving|fraudulent|dodgy|criminal|dishonest|sleazy|cheating ~1 WHO
			poss: his|her|%PERSON|%ROLE ~1 's? corruption|fraud|lies|lying|dishonesty|theft|thieving|bribery|crimes|criminality|affair|affairs|backhanders|dodgy_dealings|fiddling|embezzlement
			"""
		.replace("WHO", WHO)
		.replace("CRIME", CRIME)
		.replace("ACT", ACT);

	private final Patterns patterns;

	DefamationRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		SentenceWords proceedings = new SentenceWords(PROCEEDINGS);
		SentenceWords findingWords = new SentenceWords(FINDINGS);
		for (Match match : this.patterns.find(tokens, post.steps())) {
			post.steps().add(match.last() - match.first() + 1);
			if (post.reported(match.first(), match.last()) || post.negated(match.last()) || idiom(tokens, match)
					|| onlyInstitution(tokens, match) || privilegedReport(post, match, proceedings, findingWords)) {
				continue;
			}
			int sentence = tokens.get(match.first()).sentence();
			long someone = Marks.PERSON | Marks.PRONOUN | Marks.OFFICER | Marks.COUNCILLOR | Marks.ORGANISATION;
			// "Funny how X got the contract. Backhanders, pure and simple.": the sentence
			// or the one before
			if (match.tag().equals("called") && !post.sentenceHas(sentence, someone)
					&& !(sentence > 0 && post.sentenceHas(sentence - 1, someone | Marks.ROLE))) {
				continue;
			}
			evidence.add(post.span(match));
		}
		if (!evidence.isEmpty()) {
			post.offend(0.3);
			findings.add(Category.DEFAMATION, Severity.HIGH_RISK, evidence,
					"states as fact an allegation (such as corruption, crime, lying or fraud) about an identifiable "
							+ "person or organisation",
					LAW, ADVICE);
		}
	}

	private static final Set<String> BLOCKERS = Set.of("victim", "victims", "against", "tackle", "tackling", "fight",
			"fighting", "report", "reporting", "investigating", "investigate", "prevent", "preventing", "protect",
			"protecting", "warn", "warning", "aware", "targeted", "by", "if", "whether", "accused", "accusing",
			"called");

	private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "being", "got", "get", "gets", "is",
			"are");

	private static boolean idiom(List<Token> tokens, Match match) {
		Token last = tokens.get(match.last());
		for (int k = match.first() + 1; k < match.last(); k++) {
			if (BLOCKERS.contains(tokens.get(k).norm()) && !match.tag().equals("runby")) {
				return true;
			}
			// "you know the council lied": the institution in between is the one accused
			if ((match.tag().equals("act") || match.tag().equals("deal")) && tokens.get(k).has(Marks.INSTITUTION)
					&& !tokens.get(k).has(Marks.TARGET | Marks.ORGANISATION) && !joined(tokens, match.first(), k)) {
				return true;
			}
			if (match.tag().equals("act") && k >= match.last() - 2 && AUXILIARIES.contains(tokens.get(k).norm())
					&& participle(tokens.get(k + 1)) && !last.is("bribed")) {
				return true;
			}
		}
		int next = match.last() + 1;
		if (last.is("stole", "steals", "stolen") && next + 1 < tokens.size()) {
			for (int k = next; k <= next + 1; k++) {
				if (tokens.get(k).is("show", "limelight", "march", "heart", "hearts", "spotlight")) {
					return true;
				}
			}
		}
		if (last.is("lies", "lie") && next < tokens.size()
				&& tokens.get(next).is("with", "in", "ahead", "awake", "behind", "on", "down", "at", "within")) {
			return true;
		}
		if (last.is("lying") && next < tokens.size()
				&& tokens.get(next).is("around", "about", "down", "empty", "idle", "in", "on")) {
			return true;
		}
		return last.is("drunk") && next < tokens.size() && tokens.get(next).is("responsibly", "water", "tea");
	}

	private static final Set<String> PROCEEDINGS = Set.of("court", "inquiry", "tribunal", "inquest", "jury", "judge",
			"ombudsman", "trial", "magistrates", "hearing", "regulator", "prosecutors", "prosecution");

	private static final Set<String> FINDINGS = Set.of("heard", "found", "ruled", "concluded", "told", "convicted",
			"decided", "finds", "hears", "rules", "concludes", "judged");

	/**
	 * A fair report of court or inquiry proceedings ("the inquiry heard ...") is
	 * privileged.
	 */
	private static boolean privilegedReport(Analysis post, Match match, SentenceWords proceedings,
			SentenceWords findings) {
		int sentence = post.tokens().get(match.first()).sentence();
		return proceedings.in(post, sentence) && findings.in(post, sentence);
	}

	/**
	 * "was abused", "were lied to", "was stolen": the person is the victim, not the
	 * accused.
	 */
	private static boolean participle(Token token) {
		String w = token.norm();
		return w.endsWith("ed") || w.endsWith("en") || token.is("lied", "stole", "nicked", "conned", "robbed");
	}

	/**
	 * Whether "and" joins the accused person to the institution ("Cllr X and the council
	 * lied").
	 */
	private static boolean joined(List<Token> tokens, int from, int to) {
		for (int k = from + 1; k < to; k++) {
			if (tokens.get(k).is("and", "&")) {
				return true;
			}
		}
		return false;
	}

	private static boolean onlyInstitution(List<Token> tokens, Match match) {
		Token first = tokens.get(match.first());
		// a named committee or panel is its few members, who can be identified
		return first.has(Marks.INSTITUTION) && !first.has(Marks.PERSON | Marks.ORGANISATION)
				&& !(first.capitalised() && first.is("committee", "panel", "cabinet"));
	}

}
