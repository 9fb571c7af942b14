package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Uses of a head that are not about people, for {@link Predicates}: "hate crime", "hate
 * to say"; "kill the bill", "a shot at the title", "hang on"; a veiled threat that is
 * news ("you've been warned about the road closure"). A blow named as a noun still counts
 * when someone deserves or needs it ("deserves a punch").
 */
final class FigurativeUses {

	/**
	 * Words after a hostile head that show it is not about people ("hate crime", "hate to
	 * say").
	 */
	private static final Set<String> NOT_HOSTILE = Set.of("crime", "crimes", "speech", "incident", "incidents", "mail",
			"campaign", "campaigns", "preacher", "preachers", "group", "groups", "to", "seeing", "see", "it", "that",
			"how", "when", "what", "this", "our", "my", "your", "losing", "having", "being", "watching", "hearing",
			"reading");

	/**
	 * Words after a violent head that show it is not about people ("kill the bill", "hang
	 * on").
	 */
	private static final Set<String> FIGURATIVE = Set.of("message", "email", "text", "line", "note", "photo", "photos",
			"picture", "video", "target", "targets", "record", "bill", "idea", "proposal", "motion", "plan", "plans",
			"argument", "debate", "election", "vote", "polls", "ballot", "competition", "match", "game", "quiz",
			"fundraising", "total", "calories", "budget", "time", "for", "on", "out", "around", "about", "onto", "off",
			"myself", "ourselves", "chances", "feelings", "rule", "rules", "myth", "myths", "down");

	/** Words that end the clause of a head: what follows is not its object. */
	private static final String[] CLAUSE_ENDS = { "if", "when", "unless", "until", "because", "and", "but", "or", "so",
			"before", "after" };

	/** Words before "a" that make a blow something given or owed ("deserves a punch"). */
	private static final String[] DESERVING = { "deserve", "deserves", "deserved", "deserving", "earned", "due", "owed",
			"needs", "need" };

	/** Words before a head that make it a noun ("a shot", "the attack"). */
	private static final Set<String> ARTICLES = Set.of("a", "an", "another", "the", "this", "that", "big");

	private final WordClass figurative;

	private final WordClass notHostile;

	private final WordClass articles;

	FigurativeUses(Lexicons lexicons) {
		this.figurative = lexicons.wordClass("figurative", FIGURATIVE);
		this.notHostile = lexicons.wordClass("not-hostile", NOT_HOSTILE);
		this.articles = lexicons.wordClass("articles", ARTICLES);
	}

	/**
	 * Whether a head of a class is used figuratively where it stands.
	 * @param tokens the post's words
	 * @param kind the class of the head
	 * @param first its first word
	 * @param last its last word
	 * @param to the sentence's last word
	 * @return true when it is not about people
	 */
	boolean of(List<Token> tokens, Predicate.Kind kind, int first, int last, int to) {
		if (kind == Predicate.Kind.VEILED_THREAT) {
			return last < to && tokens.get(last + 1).is("about", "that", "of", "for");
		}
		if (kind != Predicate.Kind.VIOLENCE && kind != Predicate.Kind.HOSTILITY && kind != Predicate.Kind.DAMAGE) {
			return false;
		}
		if (kind == Predicate.Kind.HOSTILITY) {
			return last < to && this.notHostile.contains(tokens.get(last + 1));
		}
		if (last < to && this.figurative.contains(tokens.get(last + 1))) {
			return true;
		}
		if (first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
				&& this.articles.contains(tokens.get(first - 1))) {
			return !(first > 1 && tokens.get(first - 2).is(DESERVING));
		}
		for (int j = last + 1; j <= to && j <= last + 5 && !tokens.get(j).is(CLAUSE_ENDS); j++) {
			if (j > last + 1 && this.figurative.contains(tokens.get(j))
					&& !tokens.get(j)
						.is("on", "out", "for", "about", "off", "around", "onto", "down", "it", "time", "myself",
								"ourselves")) {
				return true;
			}
		}
		return false;
	}

}
