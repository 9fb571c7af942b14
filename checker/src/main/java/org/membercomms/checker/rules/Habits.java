package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.text.Token;

/**
 * Violence said of a group as a habit, for the composition layer: "immigrants rape our
 * daughters" is a negative generalisation about a protected group (DISCRIMINATION at
 * CAUTION), not a threat, and "Muslims were attacked" is news.
 */
final class Habits {

	/**
	 * The objects of violence said as what a group generally does ("rape our daughters").
	 */
	private static final String[] VICTIMS = { "our", "your", "the", "a", "an", "us", "people", "women", "children",
			"kids", "girls", "anyone", "everyone", "innocent", "young", "old", "white", "british", "local" };

	private Habits() {
	}

	/**
	 * Whether violence is said of a group as what its members generally do ("immigrants
	 * rape our daughters", "they all stab people"): the group is the subject before a
	 * verb in the present, not a passive ("were attacked") or a past event. That is a
	 * negative generalisation, not a threat.
	 */
	static boolean said(List<Token> tokens, Target target, Predicate predicate) {
		if (target.kind() != Target.Kind.GROUP || predicate.kind() != Predicate.Kind.VIOLENCE
				|| target.last() >= predicate.first()) {
			return false;
		}
		Token verb = tokens.get(predicate.first());
		String word = verb.norm();
		if (word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing") || verb.is("shot", "hung", "slain")) {
			return false;
		}
		if (predicate.last() + 1 >= tokens.size() || tokens.get(predicate.last() + 1).sentence() != verb.sentence()
				|| !tokens.get(predicate.last() + 1).is(VICTIMS)) {
			return false;
		}
		for (int k = target.last() + 1; k < predicate.first(); k++) {
			if (tokens.get(k)
				.is("were", "was", "are", "is", "been", "being", "be", "get", "got", "gets", "will", "'ll", "would",
						"could", "might", "may", "did", "do")) {
				return false;
			}
		}
		return true;
	}

}
