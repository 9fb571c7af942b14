package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.recognise.References;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.Token;

/**
 * Test fixture: a post read as the checker reads it before the rules run (words,
 * lexicons, the recognisers' marks), for the tests of the composition layer's parts.
 */
final class Analysed {

	static final Lexicons LEXICONS = Lexicons.load();

	/**
	 * Built once, before any post, so that the lexicons know every rule's word classes.
	 */
	static final List<Rule> RULES = Rules.all(LEXICONS, Rules.hostility(LEXICONS, HostilityModel.load()));

	private static final References REFERENCES = new References(LEXICONS);

	static final Targets TARGETS = new Targets(LEXICONS);

	static final Predicates PREDICATES = new Predicates(LEXICONS);

	static final Modality MODALITY = new Modality(LEXICONS);

	private Analysed() {
	}

	static Analysis of(String text) {
		PostText words = PostText.of(text, (w) -> LEXICONS.set("profanity").contains(w), LEXICONS);
		LEXICONS.annotate(words.tokens(), words.steps());
		List<Entity> entities = REFERENCES.mark(words);
		return Analysis.of(Post.of(text), Context.empty(), words, entities, LEXICONS, (earlier) -> null);
	}

	/** The index of the first word of the post whose folded form is the word. */
	static int word(Analysis post, String word) {
		for (Token token : post.tokens()) {
			if (token.norm().equals(word)) {
				return token.index();
			}
		}
		throw new IllegalArgumentException("no word " + word + " in " + post.post().text());
	}

}
