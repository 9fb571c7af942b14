package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;

/**
 * Disclosure of confidential or exempt council information: closed (Part B) items, exempt
 * reports, legal advice, confidential briefings, leaks. Saying that an item was taken in
 * private, without revealing it, is fine.
 */
final class ConfidentialityRule implements Rule {

	static final String LAW = "The Members' Code of Conduct forbids disclosing information given in confidence, and "
			+ "exempt information under Schedule 12A to the Local Government Act 1972 (Part B items, legal advice, "
			+ "commercial terms, individuals' details) must not be published; breaching this can lead to sanctions "
			+ "and legal claims against the council.";

	static final String ADVICE = "Do not share anything from a closed session, exempt report, legal advice or "
			+ "confidential briefing; ask the Monitoring Officer if you are unsure whether something is public yet.";

	private static final String SECRET = """
			needs: closed_part|private_part|closed_section|confidential_part|exempt_part|private_part_of|closed_part_of|part_b|part_2|part_ii|part_two|exempt_item|exempt_items|exempt_report|exempt_information|exempt_session|exempt_appendix|exempt_papers|closed_session|private_session|confidential_item|confidential_report|confidential_briefing|confidential_appendix|confidential_session|confidential_paper|confidential_papers|confidential_minutes|confidential_meeting|confidential_document|confidential_documents|confidential_email|confidential_emails|confidential_information|confidential_legal|restricted_report|restricted_document|in_camera|behind_closed_doors|not_for_publication|closed_meeting|private_briefing|closed_briefing|confidential_figures|commercially_sensitive|embargoed|under_embargo
			self: leaking_this|i_'m_leaking|i_am_leaking|we_'re_leaking
			self: legal_advice|counsel's_opinion|counsel_'s_opinion|barrister's_advice|barrister_'s_advice|solicitor's_advice|solicitor_'s_advice|legal_opinion ~3 says|said|shows|showed|states|stated|is_that|was_that|warned|warns|told|tells|concluded|concludes|advised|advises|confirms|confirmed|found|reveals|revealed
			self: told|tell|telling|share|sharing|shared|said ~3 in_confidence|in_strict_confidence|off_the_record
			needs: leaked|leak|leaks ~2 report|document|documents|email|emails|papers|memo|letter|minutes|plans|figures|briefing|advice|contract
			self: confidential ~2 but|however
			""";

	private static final String DISCLOSE = """
			disclose: show|say|compensation|million|jobs|redundancies|will_close|will_go|reveal|revealed|reveals|revealing|tell_you|telling_you|share|sharing|shared|shows|showed|says|said|states|stated|confirmed|confirms|told_us|were_told|was_told|we_heard|heard|agreed|decided|learned|learnt|found_out|here_'s|here_is|here_are|according_to|details|figures|price|offer|bid|valued|paid|settlement|payout|£|names|name|amount|cost|costs|sum|deal|terms|recommended|recommends|discussed|can_tell|let_you_know|between_us|secret|secretly|want_you_to_know|you_should_know|what_happened|the_truth
			""";

	private final Patterns secret;

	private final Patterns disclose;

	ConfidentialityRule(Lexicons lexicons) {
		this.secret = Patterns.compile(SECRET, lexicons);
		this.disclose = Patterns.compile(DISCLOSE, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Match> secrets = this.secret.find(tokens, post.steps());
		if (secrets.isEmpty()) {
			return;
		}
		List<Span> evidence = new ArrayList<>();
		boolean disclosed = false;
		for (Match match : this.disclose.find(tokens, post.steps())) {
			post.steps().add(20);
			if (!post.negated(match.first()) && !refusing(tokens, match.first()) && !scheduled(tokens, match.first())) {
				disclosed = true;
				evidence.add(post.span(match));
			}
		}
		List<Span> secretSpans = new ArrayList<>();
		for (Match match : secrets) {
			post.steps().add(20);
			boolean selfEvident = match.tag().equals("self");
			if (post.negated(match.first()) || refusing(tokens, match.first()) || toBePublished(tokens, match.last())) {
				continue;
			}
			if (selfEvident || disclosed) {
				secretSpans.add(post.span(match));
				disclosed = true;
			}
		}
		// each secret before the disclosures, the last first (as adding each at the front
		// gave, without moving the list once a secret)
		Collections.reverse(secretSpans);
		secretSpans.addAll(evidence);
		evidence = secretSpans;
		if (disclosed && !evidence.isEmpty()) {
			findings.add(Category.CONFIDENTIALITY, Severity.HIGH_RISK, evidence,
					"discloses confidential or exempt council information", LAW, ADVICE);
		}
	}

	private static final Set<String> REFUSALS = Set.of("ca", "cannot", "can't", "unable", "wo", "won't", "mustn't",
			"must", "able", "allowed", "sorry", "until", "unfortunately", "if", "why", "whether");

	private static final Set<String> PUBLICATION = Set.of("published", "publish", "publication", "released", "public");

	/**
	 * "The exempt report will be published once the sale completes" announces, it does
	 * not disclose.
	 */
	private static boolean toBePublished(List<Token> tokens, int at) {
		int sentence = tokens.get(at).sentence();
		for (int k = at + 1; k < tokens.size() && k <= at + 6 && tokens.get(k).sentence() == sentence; k++) {
			if (PUBLICATION.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "to", "would");

	/**
	 * "The exempt report will be discussed in private" says what will happen to the item,
	 * not what it says: a disclosure word after "will be" or "to be" discloses nothing.
	 */
	private static boolean scheduled(List<Token> tokens, int at) {
		return at >= 2 && tokens.get(at - 1).norm().equals("be") && FUTURE.contains(tokens.get(at - 2).norm())
				&& tokens.get(at - 2).sentence() == tokens.get(at).sentence();
	}

	private static boolean refusing(List<Token> tokens, int at) {
		int sentence = tokens.get(at).sentence();
		for (int k = at - 1; k >= 0 && k >= at - 8 && tokens.get(k).sentence() == sentence; k--) {
			if (REFUSALS.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		return false;
	}

}
