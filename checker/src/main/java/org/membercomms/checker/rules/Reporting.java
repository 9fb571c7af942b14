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
			"slogans", "myth", "myths");

	private static final Set<String> AUTHOR = Set.of("i", "we");

	private final WordClass verbs;

	private final WordClass author;

	Reporting(Lexicons lexicons) {
		this.verbs = lexicons.wordClass("reporting-frames", VERBS);
		this.author = lexicons.wordClass("author", AUTHOR);
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
				return !(k > from && this.author.contains(tokens.get(k - 1)));
			}
		}
		return false;
	}

}
