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
import org.membercomms.checker.text.WordSet;

/**
 * Personal abuse, insults, bullying or belittling aimed at Members, officers or the
 * public. Words that judge a policy, a decision, a party or the council are left alone:
 * that is robust political criticism. An insult is flagged when it names a person
 * ("idiot"), or when a word like "useless" or "clown" is said of a person, not of a
 * thing.
 */
final class DisrespectRule implements Rule {

	static final String LAW = "The Members' Code of Conduct requires Members to treat others with respect and not to "
			+ "bully anyone; criticism of ideas and policies is protected, personal attacks are not. Officers "
			+ "cannot answer back in public.";

	static final String ADVICE = "Criticise the decision, the policy or the record, not the person; take concerns about "
			+ "an officer to their manager or the Chief Executive, not to social media.";

	static final String LAW_CRITICISM = "Political expression has enhanced protection under Article 10 of the European "
			+ "Convention on Human Rights (Human Rights Act 1998), and politicians must tolerate more criticism than "
			+ "others (Heesom v Public Services Ombudsman for Wales [2014] EWHC 1504 (Admin)); senior officers may "
			+ "be criticised for their decisions, though not attacked as people. A judgment of someone's record is "
			+ "honest opinion under section 3 of the Defamation Act 2013 when it is clearly an opinion, its basis "
			+ "is indicated, and an honest person could hold it on the facts.";

	static final String ADVICE_CRITICISM = "Judging their conduct on the facts is allowed: keep to that, and leave out "
			+ "personal insults and any allegation of dishonesty you cannot prove.";

	static final String OFFICERS = "Officers cannot answer back in public, and the Code of Conduct asks Members to "
			+ "respect their impartiality.";

	static final String ADVICE_OFFICER = "Keep to the decision and its effects rather than the officer's abilities; "
			+ "raise concerns about an officer's conduct with the Chief Executive or the Monitoring Officer.";

	static final String ADVICE_BASIS = "Say what your judgment rests on (the vote, the decision, the record) so that "
			+ "it reads as honest opinion, and keep it to their conduct, not their person.";

	private static final String PATTERNS = """
			insult: @insults
			said: %TARGET ~4 is|are|was|were|'re|being|remains|remain|seems|seem|looks|look|sounds|acts|acting|became|become|proved|proven|has_been|have_been ~3 SAID_OF
			said: %TARGET ~1 's a|an|so|such|just|completely|utterly|totally|absolutely|really|very|too|quite|bloody|truly|nothing|always|still|simply|being|clearly|obviously|the|one|been ~2 SAID_OF
			said: he|she 's ~1 SAID_OF
			said: you ~1 @insults-attributed|@profanity
			said: you @insult-adjectives
			said: what_a|what_an ~1 @insults-attributed|@insults ~1 %PERSON|%ROLE|he|she|you
			belittle: %TARGET ~2 has|have|'s_got|got ~2 brains_of|brain_of|iq_of|intelligence_of|memory_of|attention_span_of ~2 a|an ~1 goldfish|gnat|sheep|rock|plank|potato|donkey|cabbage|turnip|lettuce|chicken|sponge|amoeba|brick
			said: committee|panel|cabinet ~1 is|are|'re|were|was ~5 @insults|rats|vermin|weasels|toads|worms|cowards|crooks|clowns|liars|idiots|morons|muppets|spineless|gutless|traitors|snakes|parasites|scum|cowardly
						belittle: with_the_brains_of|with_the_brain_of|with_the_iq_of|with_the_intelligence_of ~1 a|an ~1 goldfish|gnat|sheep|rock|plank|potato|donkey|cabbage|turnip|lettuce|chicken|sponge|amoeba|brick
			belittle: excuse_for|apology_for ~1 a|an ~1 human|human_being|man|woman|person|councillor|politician|leader|officer|mayor
			belittle: %TARGET ~4 is|are|'s|'re|was ~2 not|n't|barely|hardly|less_than ~2 human|a_human_being|a_real_person|a_proper_person
			belittle: grow_a_backbone|grow_a_pair|wet_lettuce
			belittle: %TARGET ~6 if_his_life_depended_on_it|if_her_life_depended_on_it|if_their_life_depended_on_it|if_your_life_depended_on_it|if_their_lives_depended_on_it
			adjective: be|being ~1 this|that|so ~1 @insult-adjectives
			sworn: %TARGET ~1 is|are|was|were|'re|'s ~3 @profanity
			said: SAID_OF %PERSON|%ROLE
			said: that|this|these|those ~2 SAID_OF %TARGET
			said: as SAID_OF as %PERSON|%ROLE|you|he|she
			belittle: %OFFICER ~4 is|are|'s|'re ~2 out_of_his_depth|out_of_her_depth|out_of_their_depth|not_up_to_the_job|clueless
			said: SAID_OF old? man|woman|bloke|lady|boy|girl|fella|guy|cow|git|lot
			said: that|this|what_a|what_an|such_a|such_an ~1 SAID_OF man|woman|bloke|guy|lady|person|individual|creature|specimen|character|lot|bunch|pair|councillor|officer|men|women|people
			belittle: %TARGET ~3 has|have|'s|'ve ~1 n't|not|no ~2 clue|idea|brain|brains|backbone|spine
			belittle: %TARGET ~3 do|does|did ~1 n't|not ~1 know|understand ~1 what|how ~3 doing|talking
			belittle: %TARGET ~2 ca|can|could ~1 n't|not ~3 organise|run|do|tie|find|manage ~3 piss-up|piss|job|laces|brewery|shoelaces|bath|raffle|whelk_stall|chip_shop|paper_bag|way_out
			belittle: %TARGET ~2 ca|can|could ~1 n't|not ~1 count|spell|read|add_up ~2 ten|three|five|twenty|name|word|numbers
			belittle: %TARGET ~2 can|should|could|go|to ~1 @profanity|piss|sod|bugger|naff ~1 off
			belittle: go|just ~1 @profanity ~1 off
			mock: the|these|those|you|what ~1 @insults-attributed|@insults in|on|running|at ~2 cabinet|council|chamber|town_hall|executive|opposition|administration|group|committee|charge
			belittle: shut_your_mouth|shut_your_face|shut_your_gob|shut_your_trap|shut_up|get_lost|sod_off|piss_off|do_one|jog_on|go_away_and|crawl_back|get_a_life|grow_a_spine|grow_a_brain|grow_up
			belittle: sack|sacked|fire|get_rid_of|kick_out|boot_out ~2 %OFFICER
			belittle: %OFFICER ~6 should|must|needs_to|ought_to ~1 be ~3 sacked|fired|ashamed|kicked_out|booted_out
			"""
		.replace("SAID_OF", "@insults-attributed|@insult-adjectives");

	private final Patterns patterns;

	private final List<WordSet> insults;

	DisrespectRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
		this.insults = List.of(lexicons.set("insults"), lexicons.set("insults-attributed"),
				lexicons.set("insult-adjectives"));
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		List<Span> criticism = new ArrayList<>();
		boolean based = true;
		PoliticalCriticism political = new PoliticalCriticism(post, this.insults);
		boolean atOfficer = false;
		boolean strong = false;
		for (Match match : this.patterns.find(tokens, post.steps())) {
			post.steps().add(2L * (match.last() - match.first() + 1));
			if (match.tag().equals("adjective") && !post.sentenceHas(tokens.get(match.first()).sentence(),
					Marks.PERSON | Marks.ROLE | Marks.PRONOUN | Marks.YOU)) {
				continue;
			}
			if (post.reported(match.first(), match.last())
					|| (post.negated(match.last()) && !post.negates(match.first(), match.last()))
					|| post.negated(match.first()) || aboutAThing(tokens, match) || aboutAGroup(post, match)) {
				continue;
			}
			if (political.covers(match)) {
				criticism.add(post.span(match));
				based &= political.based(match);
				post.offend(0.3);
				continue;
			}
			evidence.add(post.span(match));
			boolean insult = match.tag().equals("insult");
			strong |= insult;
			post.offend(insult ? 0.55 : 0.5);
			atOfficer |= hasOfficer(tokens, match)
					|| (insult && post.sentenceHas(tokens.get(match.first()).sentence(), Marks.OFFICER));
		}
		if (!evidence.isEmpty()) {
			// criticism beside a personal attack is shown with it, as part of one post's
			// tone
			evidence.addAll(criticism);
			findings.add(Category.DISRESPECT, strong || atOfficer ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
					atOfficer ? "attacks or belittles an officer, who cannot answer back in public"
							: "insults or belittles a person",
					LAW, ADVICE);
		}
		else if (!criticism.isEmpty() && !based) {
			findings.add(Category.DISRESPECT, Severity.CAUTION, criticism,
					"judges a politician or a senior officer without saying on what facts", LAW_CRITICISM,
					ADVICE_BASIS);
		}
		else if (!criticism.isEmpty() && political.officerJudged()) {
			findings.add(Category.DISRESPECT, Severity.CAUTION, criticism,
					"judges a senior officer's conduct, giving its basis", LAW_CRITICISM + " " + OFFICERS,
					ADVICE_OFFICER);
		}
		else if (!criticism.isEmpty()) {
			findings.add(Category.DISRESPECT, Severity.ADVICE, criticism,
					"criticises the conduct of a politician or the decisions of a senior officer, robustly but "
							+ "lawfully",
					LAW_CRITICISM, ADVICE_CRITICISM);
		}
	}

	private static final String[] BODIES = { "committee", "panel", "cabinet" };

	private static final Set<String> PREPOSITIONS = Set.of("to", "by", "with", "from", "about", "than", "for");

	private static boolean aboutAThing(List<Token> tokens, Match match) {
		if (match.tag().equals("sworn")) {
			String last = tokens.get(match.last()).norm();
			// "he's on Capitol fucking Hill": an intensifier, not a name for someone
			return last.endsWith("ing") || last.endsWith("in");
		}
		if (!match.tag().equals("said")) {
			return false;
		}
		for (int k = match.first() + 2; k < match.last(); k++) {
			if (PREPOSITIONS.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		for (int k = match.first(); k <= match.last(); k++) {
			Token t = tokens.get(k);
			// a named committee or panel is its members, not a thing
			if (t.has(Marks.INSTITUTION) && !t.has(Marks.TARGET) && !(t.capitalised() && t.is(BODIES))) {
				return true;
			}
			// "I told him that's disgusting": the copula's subject is the remark
			if (k > match.first() && k < match.last() && t.is("that", "this", "it", "which", "what")
					&& tokens.get(k + 1).is("'s", "is", "was")) {
				return true;
			}
		}
		return false;
	}

	/** Abuse of a whole protected group is discrimination, not disrespect to a person. */
	private static boolean aboutAGroup(Analysis post, Match match) {
		int sentence = post.tokens().get(match.first()).sentence();
		return match.tag().equals("insult") && post.sentenceHas(sentence, Marks.GROUP)
				&& !post.sentenceHas(sentence, Marks.PERSON | Marks.ROLE | Marks.PRONOUN | Marks.YOU)
				|| match.tag().equals("said") && groupBetween(post.tokens(), match);
	}

	/**
	 * Whether a group stands between the person and what is said ("a resident told me
	 * Muslims are parasites"): then it is said of the group, which the composition layer
	 * reads, not of the person.
	 */
	private static boolean groupBetween(List<Token> tokens, Match match) {
		for (int k = match.first() + 1; k < match.last(); k++) {
			if (tokens.get(k).has(Marks.GROUP) && !tokens.get(match.first()).has(Marks.GROUP)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasOfficer(List<Token> tokens, Match match) {
		for (int k = match.first(); k <= match.last(); k++) {
			if (tokens.get(k).has(Marks.OFFICER)) {
				return true;
			}
		}
		return false;
	}

}
