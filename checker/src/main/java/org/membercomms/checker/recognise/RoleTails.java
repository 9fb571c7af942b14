package org.membercomms.checker.recognise;

import java.util.List;

import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;

/**
 * Reads a role with its tail as one role: "of" or "for", perhaps "the", then capitalised
 * or role, officer and institution words ("the Leader of the Council", "the Executive
 * Member for Housing", "the Chair of the Licensing Committee"). The tail's words are
 * marked as the role's, so that the council or committee named in it is not read as the
 * one spoken of.
 */
final class RoleTails {

	private static final long LEXICON_WORDS = Marks.ROLE | Marks.OFFICER | Marks.INSTITUTION;

	private RoleTails() {
	}

	/**
	 * Marks the tails of the roles of a post (its roles marked already).
	 * @param tokens the words of the post
	 * @param steps the work counter
	 */
	static void mark(List<Token> tokens, Steps steps) {
		int n = tokens.size();
		steps.add(n);
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			if (!t.has(Marks.ROLE) || i + 1 < n && tokens.get(i + 1).has(Marks.ROLE)) {
				continue;
			}
			int end = end(tokens, i);
			steps.add(end - i);
			for (int k = i + 1; k <= end; k++) {
				tokens.get(k).mark(Marks.ROLE);
			}
			i = end;
		}
	}

	/** The last word of the tail of the role ending at {@code last}, or {@code last}. */
	static int end(List<Token> tokens, int last) {
		int n = tokens.size();
		int k = last;
		if (!tokens.get(k).is("of", "for", "the")) {
			if (k + 1 >= n || !tokens.get(k + 1).is("of", "for")) {
				return last;
			}
			k++;
		}
		if (!tokens.get(k).is("the") && k + 1 < n && tokens.get(k + 1).is("the")) {
			k++;
		}
		int end = k;
		int sentence = tokens.get(last).sentence();
		while (end + 1 < n && tokens.get(end + 1).sentence() == sentence
				&& (tokens.get(end + 1).capitalised() || tokens.get(end + 1).has(LEXICON_WORDS))) {
			end++;
		}
		return end > k ? end : last;
	}

}
