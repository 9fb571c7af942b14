package org.membercomms.checker.offensive;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.rules.Analysis;
import org.membercomms.checker.rules.Findings;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;

/**
 * Where the classifier meets the engine. The report's offensive score is the larger of
 * the classifier's calibrated probability and the lexicon score of the rules (strong
 * lexicon evidence, such as unquoted swearing or a slur, scores 0.6 or more: taking the
 * larger raised OLID validation macro-F1 from 0.732 to 0.743). When it is confident and
 * the words that drove it are said of a person, a protected group or nobody in particular
 * (and not quoted in order to condemn them), it adds a DISRESPECT, DISCRIMINATION or
 * MALICIOUS_COMMUNICATION finding with those words as evidence. Words naming a group
 * never count as evidence against a post on their own: the probability is recomputed
 * without them before any finding.
 */
public final class OffensiveRule {

	/** How sure the classifier must be before it adds a finding of its own. */
	static final double FINDING = 0.85;

	/** How sure it must be to flag language aimed at nobody in particular. */
	static final double UNAIMED = 0.97;

	/** At most this many words are given as evidence. */
	static final int EVIDENCE = 3;

	private static final String LAW_RESPECT = "The Members' Code of Conduct requires Members to treat others with "
			+ "respect and not to bully anyone; criticism of ideas and policies is protected, personal attacks are not.";

	private static final String LAW_EQUALITY = "The Equality Act 2010 protects people from discrimination and "
			+ "harassment because of a protected characteristic, and the Code of Conduct forbids Members to "
			+ "discriminate.";

	private static final String LAW_OFFENSIVE = "Sending grossly offensive or menacing messages can be an offence under "
			+ "the Malicious Communications Act 1988 and section 127 of the Communications Act 2003.";

	private static final String ADVICE = "Reword the highlighted words: make the point about the decision or the policy "
			+ "in language you would use in a council meeting.";

	private static final String REASON = "uses wording that our offensive-language model rates as likely abusive";

	private final OffensiveModel model;

	/**
	 * @param model the classifier
	 */
	public OffensiveRule(OffensiveModel model) {
		this.model = model;
	}

	/**
	 * Scores a post after the other rules have run, adding findings.
	 * @param post the analysed post
	 * @param findings the findings so far
	 * @return the offensive score, 0 to 1
	 */
	public double check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		OffensiveModel.Assessment assessment = this.model.assess(post.post().text(), tokens, post.steps());
		// the words are read once more here, and three times more for the evidence
		post.steps().add(4L * tokens.size());
		float[] words = assessment.words();
		double logit = assessment.logit();
		for (int t = 0; t < words.length; t++) {
			if (words[t] > 0 && tokens.get(t).has(Marks.GROUP)) {
				logit -= words[t];
			}
		}
		double probability = words.length == 0 ? 0.0 : 1.0 / (1.0 + Math.exp(-logit));
		if (probability >= FINDING && !findings.has(Category.DISRESPECT) && !findings.has(Category.DISCRIMINATION)
				&& !findings.has(Category.MALICIOUS_COMMUNICATION)) {
			find(post, findings, words, probability);
		}
		return Math.max(post.offensive(), probability);
	}

	private static void find(Analysis post, Findings findings, float[] words, double probability) {
		List<Token> tokens = post.tokens();
		List<Integer> evidence = evidence(tokens, words);
		if (evidence.isEmpty()) {
			return;
		}
		boolean person = false;
		boolean group = false;
		List<Span> spans = new ArrayList<>();
		for (int t : evidence) {
			if (post.reported(t, t) || remarkJudged(tokens, t)) {
				return;
			}
			int sentence = tokens.get(t).sentence();
			person |= post.sentenceHas(sentence, Marks.TARGET);
			group |= post.sentenceHas(sentence, Marks.GROUP);
			spans.add(new Span(tokens.get(t).start(), tokens.get(t).end()));
		}
		if (group) {
			findings.add(Category.DISCRIMINATION, Severity.CAUTION, spans, REASON + " about a group of people",
					LAW_EQUALITY, ADVICE);
		}
		else if (person) {
			findings.add(Category.DISRESPECT, Severity.CAUTION, spans, REASON + " aimed at a person", LAW_RESPECT,
					ADVICE);
		}
		else if (probability >= UNAIMED) {
			findings.add(Category.MALICIOUS_COMMUNICATION, Severity.CAUTION, spans, REASON, LAW_OFFENSIVE, ADVICE);
		}
	}

	/**
	 * "I told him straight that's disgusting": the word judges a remark, not a person.
	 */
	private static boolean remarkJudged(List<Token> tokens, int t) {
		for (int k = t - 1; k >= 1 && k >= t - 3; k--) {
			if (tokens.get(k).is("'s", "is", "was") && tokens.get(k - 1).is("that", "it", "this")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words that pushed the score up most, excluding words that name a group.
	 * @param tokens the words
	 * @param words each word's contribution to the log-odds
	 * @return up to {@link #EVIDENCE} word indexes, in text order
	 */
	static List<Integer> evidence(List<Token> tokens, float[] words) {
		List<Integer> top = new ArrayList<>(EVIDENCE);
		for (int n = 0; n < EVIDENCE; n++) {
			int best = -1;
			for (int t = 0; t < words.length; t++) {
				if (words[t] > 0.5f && !top.contains(t) && !tokens.get(t).has(Marks.GROUP)
						&& (best < 0 || words[t] > words[best])) {
					best = t;
				}
			}
			if (best < 0) {
				break;
			}
			top.add(best);
		}
		top.sort(Integer::compare);
		return top;
	}

}
