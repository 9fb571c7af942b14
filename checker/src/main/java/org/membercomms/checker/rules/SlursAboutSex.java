package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordSet;

/**
 * Slurs about sex aimed at someone ("you stupid ...", "she's a ...", "what a ...", a form
 * of address at the start of a sentence): harassment related to sex under the Equality
 * Act 2010 s.26, which {@link DiscriminationRule} reports at CAUTION beside the swearing.
 * A slur in an idiom ("life is a ..."), a word mentioned in a list ("slut and whore are
 * words we never use"), a sentence that condemns it, and the words that are also things
 * ("slag heaps", "garden hoes") are left alone.
 */
final class SlursAboutSex {

	/**
	 * Words before a slur about sex that aim it at someone ("you stupid ...", "what a
	 * ...").
	 */
	private static final String[] ADDRESS = { "you", "u", "ya", "ur", "your", "this", "that", "she", "her", "stupid",
			"dumb", "fat", "ugly", "silly", "little", "old", "fucking", "lying", "absolute", "total", "dirty", "filthy",
			"nasty", "thick", "useless" };

	/** Subjects of "is a ..." that make the slur an idiom ("life is a ..."). */
	private static final String[] IDIOM_SUBJECTS = { "life", "it", "karma", "payback", "that", "this", "which" };

	/** Words that point a slur near them at a person ("you stupid ass ..."). */
	private static final String[] PERSONS = { "you", "u", "ya", "ur", "your", "yall", "she", "her", "shes" };

	/**
	 * Words before "a" that make the slur said of someone ("she's a ...", "what a ...").
	 */
	private static final String[] CALLING = { "is", "'s", "was", "what", "such", "proper", "are", "'re" };

	private final WordSet genderedSlurs;

	private final Modality modality;

	SlursAboutSex(Lexicons lexicons) {
		this.genderedSlurs = lexicons.set("gendered-slurs");
		this.modality = new Modality(lexicons);
	}

	/**
	 * The slurs about sex aimed at someone: after a word of address, or called ("what a
	 * ...").
	 */
	List<Span> aimed(Analysis post) {
		List<Token> tokens = post.tokens();
		List<Span> aimed = new ArrayList<>();
		post.steps().add(tokens.size());
		int sentence = -1;
		boolean condemned = false;
		for (int i = 0; i < tokens.size(); i++) {
			int length = this.genderedSlurs.match(tokens, i);
			if (length == 0) {
				continue;
			}
			post.steps().add(16);
			if (tokens.get(i).sentence() != sentence) {
				sentence = tokens.get(i).sentence();
				condemned = condemned(post, sentence);
			}
			if (condemned || post.reported(i, i + length - 1) || listed(tokens, i, i + length - 1)) {
				continue;
			}
			if (aimed(tokens, i, i + length - 1)) {
				aimed.add(post.span(i, i + length - 1));
			}
		}
		return aimed;
	}

	/**
	 * Whether a slur is a word mentioned rather than used: the subject of a copula, alone
	 * or in a list ("slut and whore are words we never use"), not a form of address.
	 */
	private boolean listed(List<Token> tokens, int first, int last) {
		int sentence = tokens.get(first).sentence();
		int k = last + 1;
		while (k < tokens.size() && k <= last + 6 && tokens.get(k).sentence() == sentence
				&& (tokens.get(k).is("and", "or") || this.genderedSlurs.match(tokens, k) > 0)) {
			k++;
		}
		boolean subject = first == 0 || tokens.get(first - 1).sentence() != sentence
				|| this.genderedSlurs.match(tokens, first - 1) > 0 || tokens.get(first - 1).is("and", "or");
		return subject && k < tokens.size() && tokens.get(k).sentence() == sentence
				&& tokens.get(k).is("are", "is", "was", "were");
	}

	/** "Son of a ...", "life is a ...", "a ... of a job": the slur as an idiom. */
	private static boolean idiom(List<Token> tokens, int first, int last) {
		boolean after = last + 1 < tokens.size() && tokens.get(last + 1).is("of");
		boolean sonOf = first > 2 && tokens.get(first - 2).is("of") && tokens.get(first - 3).is("son", "sons");
		boolean life = first > 2 && tokens.get(first - 2).is("is", "'s", "was")
				&& tokens.get(first - 3).is(IDIOM_SUBJECTS);
		return after || sonOf || life;
	}

	private boolean condemned(Analysis post, int sentence) {
		int[] bounds = post.sentenceBounds(sentence);
		return bounds != null && this.modality.condemns(post, bounds[0], bounds[1]);
	}

	/**
	 * Whether a slur is aimed at someone: a word of address just before it ("you stupid
	 * ..."), first in its sentence as a form of address or a subject, or after "these" or
	 * "all" (not for the words that are also things: "slag heaps", "garden hoes"), "you"
	 * or "she" up to three words before or two after it ("you stupid ass ...", "... you
	 * want her life"), or called ("she's a ...", "what a ...", but not "life is a ...").
	 */
	private static boolean aimed(List<Token> tokens, int first, int last) {
		int sentence = tokens.get(first).sentence();
		boolean ambiguous = tokens.get(first).is("slag", "slags", "hoe", "hoes");
		if (first == 0 || tokens.get(first - 1).sentence() != sentence) {
			return !ambiguous;
		}
		Token before = tokens.get(first - 1);
		if (before.is(ADDRESS) || !ambiguous && before.is("these", "those", "them", "dem", "all", "some")) {
			return true;
		}
		if (!ambiguous && before.is("a", "the", "every", "any") && !idiom(tokens, first, last)) {
			return true;
		}
		for (int k = first - 1; k >= 0 && k >= first - 3 && tokens.get(k).sentence() == sentence; k--) {
			if (tokens.get(k).is(PERSONS)) {
				return true;
			}
			if (tokens.get(k).is("a", "an") && k > 0 && tokens.get(k - 1).is(CALLING)
					&& !(k > 1 && tokens.get(k - 2).is(IDIOM_SUBJECTS))) {
				return true;
			}
		}
		for (int k = last + 1; k < tokens.size() && k <= last + 2 && tokens.get(k).sentence() == sentence; k++) {
			if (tokens.get(k).is("you", "u", "ya")) {
				return true;
			}
		}
		return false;
	}

}
