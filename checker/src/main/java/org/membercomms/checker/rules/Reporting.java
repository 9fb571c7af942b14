package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Whether a predicate is someone else's words that the author reports ("people who say
 * immigrants are vermin", "he told me women can't lead", "a leaflet claiming ..."), for
 * the composition layer. The author's own "I say" or "we think" is not reporting, nor is
 * "whoever wrote this", which names a target.
 */
final class Reporting {

	private static final Set<String> VERBS = Set.of("say", "says", "said", "saying", "claim", "claims", "claimed",
			"claiming", "call", "calls", "called", "calling", "shout", "shouts", "shouted", "shouting", "chant",
			"chants", "chanted", "chanting", "tell", "tells", "told", "telling", "suggest", "suggests", "suggested",
			"suggesting", "write", "writes", "wrote", "writing", "post", "posts", "posted", "posting", "tweet",
			"tweeted", "insist", "insists", "insisted", "argue", "argues", "argued", "spread", "spreading", "pretend",
			"pretending", "heard", "hear", "leaflet", "leaflets", "graffiti", "sign", "banner", "banners", "slogan",
			"slogans", "myth", "myths", "reckon", "reckons", "reckoned", "thinks", "believes", "reckoning", "moaned",
			"ranted", "according", "comment", "comments", "describing", "described", "describes", "written",
			"labelling", "labelled", "branding", "branded", "untrue");

	private static final Set<String> AUTHOR = Set.of("i", "we");

	/**
	 * Sayings of assent that make a report the author's own, word by word: "about time
	 * somebody said it", "I'm with him on that", "well said", "couldn't agree more".
	 */
	private static final List<String[]> SAYINGS = List.of(new String[] { "about", "time", "somebody" },
			new String[] { "about", "time", "someone" }, new String[] { "'m", "with", "him" },
			new String[] { "'m", "with", "her" }, new String[] { "'m", "with", "them" },
			new String[] { "am", "with", "him" }, new String[] { "am", "with", "her" }, new String[] { "well", "said" },
			new String[] { "agree", "more" }, new String[] { "hear", "hear" }, new String[] { "nail", "on", "the" },
			new String[] { "finally", "someone" }, new String[] { "finally", "somebody" },
			new String[] { "what", "we", "'re", "all", "thinking" }, new String[] { "what", "everyone", "is" },
			new String[] { "needed", "saying" }, new String[] { "needs", "saying" },
			new String[] { "put", "it", "better" }, new String[] { "said", "it", "better" },
			new String[] { "say", "it", "better" }, new String[] { "hard", "to", "disagree" },
			new String[] { "n't", "disagree" }, new String[] { "ca", "n't", "argue" },
			new String[] { "ca", "n't", "disagree" }, new String[] { "'s", "not", "wrong" },
			new String[] { "is", "not", "wrong" }, new String[] { "had", "it", "right" },
			new String[] { "got", "it", "right" }, new String[] { "has", "a", "point" },
			new String[] { "got", "a", "point" });

	/** Words that, said of the report, make it the author's own ("he's right"). */
	private static final String[] ASSENT = { "right", "correct", "true", "spot", "exactly", "agree", "agreed", "agrees",
			"accurate" };

	/**
	 * Words before "right" or "true" that say it of someone ("he's right", "so true").
	 */
	private static final String[] ASSENTING = { "'s", "is", "was", "are", "'re", "so", "dead", "totally", "absolutely",
			"quite", "100%", "entirely", "completely", "perfectly" };

	private final WordClass verbs;

	private final WordClass author;

	Reporting(Lexicons lexicons) {
		this.verbs = lexicons.wordClass("reporting-frames", VERBS);
		this.author = lexicons.wordClass("author", AUTHOR);
	}

	/**
	 * Whether the author endorses what a post reports: "... and he's right", "totally
	 * agree with the comment below", "like the man said, ...", "spot on". Abuse that is
	 * reported and endorsed is the author's own.
	 * @param post the post
	 * @return whether some sentence assents
	 */
	boolean endorses(Analysis post) {
		List<Token> tokens = post.tokens();
		post.steps().add(tokens.size());
		for (int k = 0; k < tokens.size(); k++) {
			Token t = tokens.get(k);
			if (saying(tokens, k)) {
				return true;
			}
			boolean denied = k > 0 && tokens.get(k - 1).is("n't", "not", "never")
					|| k > 1 && tokens.get(k - 2).is("n't", "not", "never");
			if (denied || !(t.is(ASSENT) || t.is("like", "as"))) {
				continue;
			}
			if (t.is("agree", "agreed", "agrees", "exactly")
					&& !(k + 1 < tokens.size() && tokens.get(k + 1).is("to"))) {
				return true;
			}
			if (t.is("right", "true", "correct", "accurate") && k > 0 && tokens.get(k - 1).is(ASSENTING)) {
				return true;
			}
			if (t.is("spot") && k + 1 < tokens.size() && tokens.get(k + 1).is("on")) {
				return true;
			}
			if (t.is("like", "as") && saidAfter(tokens, k)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a saying of assent starts at a word. */
	private static boolean saying(List<Token> tokens, int k) {
		for (String[] saying : SAYINGS) {
			if (tokens.get(k).is(saying[0]) && k + saying.length <= tokens.size()) {
				int i = 1;
				while (i < saying.length && tokens.get(k + i).is(saying[i])) {
					i++;
				}
				if (i == saying.length) {
					return true;
				}
			}
		}
		return false;
	}

	/** "Like the man said", "as my mate says": a report taken up as the author's own. */
	private boolean saidAfter(List<Token> tokens, int k) {
		for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
			if (tokens.get(j).is("said", "says")) {
				return j > k + 1;
			}
		}
		return false;
	}

	/**
	 * Whether the author says it: "I say", "I'm only saying", "I don't say this lightly",
	 * "it pains me to say".
	 */
	private boolean authorSays(List<Token> tokens, int from, int k) {
		if (k > from && tokens.get(k - 1).is("to") && !(k - 1 > from && tokens.get(k - 2).is("used"))) {
			return true;
		}
		for (int j = k - 1; j >= from && j >= k - 3; j--) {
			if (this.author.contains(tokens.get(j))) {
				return true;
			}
			if (!tokens.get(j)
				.is("'m", "am", "only", "just", "do", "n't", "not", "would", "'d", "must", "will", "'ll", "simply",
						"merely", "'ve", "have")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether "spread" is said of people moving about ("they spread through an estate"),
	 * not of words spread ("spreading lies that ...").
	 */
	private static boolean spreadAbout(List<Token> tokens, int k) {
		return tokens.get(k).is("spread", "spreading") && k + 1 < tokens.size() && !tokens.get(k + 1)
			.is("lies", "myths", "rumours", "claims", "stories", "the", "that", "hate", "word");
	}

	/**
	 * Whether a sign, a leaflet or an opinion is the author's own: "I'd put a sign on the
	 * door", "am I the only one who thinks ...".
	 */
	private boolean authorsOwn(List<Token> tokens, int from, int k) {
		if (!tokens.get(k)
			.is("sign", "banner", "banners", "leaflet", "leaflets", "slogan", "slogans", "thinks", "reckons",
					"believes")) {
			return false;
		}
		// "Put a sign up at the community centre: ...": the author's own imperative
		if (tokens.get(from).is("put", "stick", "hang", "make", "get")) {
			return true;
		}
		// "I'm only saying what everyone thinks": the author's claim, not a report
		if (k > from && tokens.get(k - 1).is("everyone", "everybody", "all") && tokens.get(k).is("thinks", "think")) {
			return true;
		}
		for (int j = from; j < k; j++) {
			if (this.author.contains(tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param post the post
	 * @param from the sentence's first word
	 * @param at the predicate's first word
	 * @return whether a reporting verb not said by the author stands before the predicate
	 * in its sentence (up to twelve words back)
	 */
	boolean reports(Analysis post, int from, int at) {
		List<Token> tokens = post.tokens();
		int start = Math.max(from, at - 12);
		post.steps().add(at - start + 1L);
		for (int k = at - 1; k >= start; k--) {
			if (this.verbs.contains(tokens.get(k)) && !(k > from && tokens.get(k - 1).is("whoever"))) {
				return !authorSays(tokens, from, k) && !authorsOwn(tokens, from, k) && !spreadAbout(tokens, k);
			}
		}
		return false;
	}

}
