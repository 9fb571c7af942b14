package org.membercomms.checker.offensive;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.WordSet;

/**
 * Cuts texts into words exactly as the checker does (the same spelled-out words joined),
 * so the classifier trains on what it will see.
 */
final class Words {

	private final WordSet profanity;

	private final WordSet slurs;

	private final WordSet insults;

	Words(Lexicons lexicons) {
		this.profanity = lexicons.set("profanity");
		this.slurs = lexicons.set("slurs");
		this.insults = lexicons.set("insults");
	}

	/**
	 * @param text a text
	 * @return whether any of its words is a swear word, insult or slur
	 */
	boolean flagged(String text) {
		for (var token : of(text).tokens()) {
			if (this.profanity.contains(token) || this.slurs.contains(token) || this.insults.contains(token)) {
				return true;
			}
		}
		return false;
	}

	PostText of(String text) {
		return PostText.of(text,
				(w) -> this.profanity.contains(w) || this.slurs.contains(w) || this.insults.contains(w));
	}

}
