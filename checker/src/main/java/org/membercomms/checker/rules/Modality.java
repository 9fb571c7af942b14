package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Reads how one sentence says what it says, for the composition layer: first-person
 * intent ("I want to", "I'm going to", "we'll"), a call to action ("let's", "everyone
 * should", "someone needs to", "bring your mates", an imperative at the start of a
 * clause), a wish ("should be", "deserves to", "I hope"), and whether the sentence
 * condemns what it reports ("... should be ashamed", "racist abuse"). Negation and
 * reporting of a single predicate are read by {@link Analysis#negated} and
 * {@link Analysis#reported}.
 */
final class Modality {

	/** How a predicate is put. */
	enum Mood {

		/** The author says they will do it. */
		INTENT,

		/** The author urges others to do it. */
		CALL,

		/** The author says it should happen or wishes it. */
		WISH

	}

	private static final Set<String> FIRST_PERSON = Set.of("i", "we", "im", "ill", "id", "me");

	private static final Set<String> INTENT_WORDS = Set.of("will", "'ll", "shall", "gonna", "going", "want", "wanna",
			"'d", "would", "intend", "plan", "could", "ll", "gon", "love", "like", "wait");

	private static final Set<String> CALLERS = Set.of("we", "everyone", "everybody", "anyone", "anybody", "someone",
			"somebody", "people", "lads", "folks", "folk", "y'all", "you", "all", "residents", "neighbours", "mates");

	private static final Set<String> URGING = Set.of("should", "must", "need", "needs", "ought", "go", "get", "gotta",
			"has", "have", "got", "could", "come", "join", "bring", "grab", "let", "fancy", "fancies", "up", "coming");

	private static final Set<String> WISHING = Set.of("should", "must", "deserve", "deserves", "deserved", "ought",
			"hope", "hoping", "wish", "pray", "needs", "need");

	/** Words that may stand before an imperative at the start of a clause. */
	private static final Set<String> OPENERS = Set.of("just", "so", "and", "now", "please", "go", "then", "all",
			"everyone", "everybody", "lads", "right", "ok", "come", "on", "get", "down", "there", "round", "out", "let",
			"'s", "lets", "us", "tonight", "together");

	private static final Set<String> CONDEMNING = Set.of("ashamed", "shame", "shameful", "unacceptable", "condemn",
			"condemns", "condemned", "condemning", "appalling", "sickening", "tolerate", "tolerated", "racist",
			"racism", "racists", "bigot", "bigots", "bigotry", "bigoted", "homophobic", "homophobia", "transphobic",
			"transphobia", "islamophobic", "islamophobia", "antisemitic", "antisemitism", "xenophobic", "xenophobia",
			"misogynistic", "misogyny", "prejudice", "solidarity", "abuse", "abusive");

	private final WordClass firstPerson;

	private final WordClass intentWords;

	private final WordClass callers;

	private final WordClass urging;

	private final WordClass wishing;

	private final WordClass openers;

	private final WordClass condemning;

	Modality(Lexicons lexicons) {
		this.firstPerson = lexicons.wordClass("first-person", FIRST_PERSON);
		this.intentWords = lexicons.wordClass("intent-words", INTENT_WORDS);
		this.callers = lexicons.wordClass("callers", CALLERS);
		this.urging = lexicons.wordClass("urging", URGING);
		this.wishing = lexicons.wordClass("wishing", WISHING);
		this.openers = lexicons.wordClass("imperative-openers", OPENERS);
		this.condemning = lexicons.wordClass("condemning", CONDEMNING);
	}

	/*
	 *
	 * The mood of a predicate: the strongest of intent, call and wish found in the words*
	 * of its sentence before
	 *
	 * it (a wish within four words: "should be shot", not "need warm homes or they will
	 * die"), or an imperative when it opens a clause.
	 *
	 * @param post the post
	 *
	 * @param from the sentence's first word
	 *
	 * @param at the predicate's first word
	 *
	 * @return the mood, or null when the predicate is merely stated
	 */

	Mood of(Analysis post, int from, int at) {
		List<Token> tokens = post.tokens();
		int start = Math.max(from, at - 24);
		post.steps().add(2L * (at - start + 1));
		Mood mood = null;
		boolean opening = true;
		for (int k = at - 1; k >= start; k--) {
			opening &= this.openers.contains(tokens.get(k));
		}
		if (opening) {
			mood = Mood.CALL;
		}
		boolean callerOpens = this.callers.contains(tokens.get(from)) && !tokens.get(from).is("you", "people");
		for (int k = start; k < at; k++) {
			Token t = tokens.get(k);
			Token next = tokens.get(k + 1);
			if (k == at - 1 && t.is("and", "then")
					&& tokens.get(from).is("get", "go", "come", "head", "pop", "bring", "grab")) {
				// "Get round to the Leader's house and put ...": imperatives chained
				return Mood.CALL;
			}
			boolean byName = k == at - 1 || k == from && at - k <= 4;
			if (byName && this.callers.contains(t) && !t.is("you", "people", "we", "all") && !past(next)
					&& !this.urging.contains(next)
					&& !next.is("who", "that", "with", "in", "at", "from", "on", "of", "will", "'ll", "would", "'d",
							"could", "can", "may", "might", "is", "'s", "was", "did", "does", "else", "like")) {
				// "someone kick the glass in": a call by name
				return Mood.CALL;
			}
			if (callerOpens && k > from && t.is("should", "must", "needs", "ought", "gotta")) {
				// "Anyone with a pair of bolt cutters should ..."
				return Mood.CALL;
			}
			if (t.is("let") && next.is("'s", "us") || t.is("lets") || t.is("bring", "grab") && next.is("your")
					|| this.callers.contains(t) && this.urging.contains(next)
					|| t.is("pay") && this.callers.contains(next)
					|| t.is("time") && next.is("for", "to", "someone", "somebody")
					|| t.is("who") && next.is("'s", "fancies", "wants", "is") || rewarded(tokens, k)
					|| t.is("if") && this.callers.contains(next) && reward(tokens, from, at)
					|| this.firstPerson.contains(t) && next.is("urge", "encourage", "call", "invite", "beg")) {
				return Mood.CALL;
			}
			if (this.firstPerson.contains(t) && intent(tokens, k + 1, at)) {
				mood = Mood.INTENT;
			}
			else if (mood == null && this.wishing.contains(t) && at - k <= 4) {
				mood = Mood.WISH;
			}
		}
		if (mood == null && (foretold(tokens, from, at)
				|| tokens.get(at).is("deserve", "deserves", "deserved", "need", "needs", "want", "wants", "due"))) {
			// "deserves a good slap", "wants a good slap": the wish is the head's own
			// word
			mood = Mood.WISH;
		}
		if (mood == null && tokens.get(from).is("gonna", "going", "wanna") && at > from) {
			// the subject dropped: "Gonna torch the ..."
			mood = Mood.INTENT;
		}
		return mood;
	}

	/**
	 * Whether a blow or an injury is foretold: "are going to get a smack", "will get a
	 * kicking", "they'll be leaving on a stretcher".
	 */
	private static boolean foretold(List<Token> tokens, int from, int at) {
		if (!tokens.get(at).is("get", "gets", "getting", "in", "on", "with", "into", "through")) {
			return false;
		}
		for (int k = at - 1; k >= from && k >= at - 4; k--) {
			if (tokens.get(k).is("will", "'ll", "gonna", "going", "ll")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a reward is offered in the words before a head: "drinks on me if someone".
	 */
	private static boolean reward(List<Token> tokens, int from, int at) {
		for (int k = from; k < at; k++) {
			if (tokens.get(k).is("drinks", "drink", "pint", "pints", "quid", "tenner", "fiver", "reward")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a verb reads as past or as said of someone ("someone smashed", "someone put
	 * a brick", "I hope someone stabs him"), not as an imperative.
	 */
	private static boolean past(Token verb) {
		String word = verb.norm();
		return word.endsWith("ed") || word.endsWith("t") || word.endsWith("s") || verb.is("told", "said", "wrote",
				"came", "gave", "made", "rang", "saw", "knew", "broke", "threw", "stole", "took", "ran", "did", "had");
	}

	/**
	 * A reward offered to whoever does it: "fifty quid to anyone who", "a pint for
	 * whoever".
	 */
	private static boolean rewarded(List<Token> tokens, int k) {
		return tokens.get(k).is("to", "for")
				&& tokens.get(k + 1).is("anyone", "anybody", "whoever", "someone", "somebody");
	}

	private boolean intent(List<Token> tokens, int from, int at) {
		// "ill", "id": "I'll", "I'd" written without the apostrophe carry their own
		// intent
		if (from > 0 && tokens.get(from - 1).is("ill", "id")) {
			return true;
		}
		for (int k = from; k < at && k <= from + 5; k++) {
			if (this.intentWords.contains(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence condemns what it reports: a word of condemnation ("ashamed",
	 * "racist", "unacceptable") that is not itself negated ("I'm not racist, but").
	 * @param post the post
	 * @param from the sentence's first word
	 * @param to its last word
	 * @return true when it does
	 */
	boolean condemns(Analysis post, int from, int to) {
		post.steps().add(to - from + 1L);
		for (int k = from; k <= to; k++) {
			if (this.condemning.contains(post.tokens().get(k)) && !post.negated(k)) {
				return true;
			}
		}
		return false;
	}

}
