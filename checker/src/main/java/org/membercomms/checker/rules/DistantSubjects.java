package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Subjects that stand further from their head than {@link Linking}'s small words allow: a
 * group that opens its sentence, for a head said of it further on ("Muslims couldn't
 * organise a raffle, never have been any use"), and the group of a likeness or a
 * collective noun ("spread through an estate like a cancer", "pay for a bunch of
 * leeches"). Neither is read where the group is the one treated so ("stop treating
 * disabled people like a burden", "have been treated like animals").
 */
final class DistantSubjects {

	private final WordClass victim;

	DistantSubjects(WordClass victim) {
		this.victim = victim;
	}

	/**
	 * A group that opens the sentence as its subject, for a head said of a subject
	 * further on in the same sentence ("Muslims couldn't organise a raffle, never have
	 * been any use"): only when no other target, and no denial of a head that is not
	 * itself one, stands between.
	 */
	Target opening(List<Token> tokens, Target[] cover, int from, Predicate predicate) {
		int k = from;
		while (k < predicate.first() && cover[k - from] == null && tokens.get(k)
			.is("honestly", "frankly", "and", "but", "so", "well", "the", "all", "these", "those", "no")) {
			k++;
		}
		if (k >= predicate.first() || cover[k - from] == null || cover[k - from].kind() != Target.Kind.GROUP) {
			return null;
		}
		boolean denialsAllowed = predicate.kind() == Predicate.Kind.NEGATED_PRAISE;
		// a noun or a single word of praise is said of a subject only beside it
		if (predicate.predicated() && !(denialsAllowed && predicate.last() > predicate.first())) {
			return null;
		}
		int after = cover[k - from].last() + 1;
		// "Gypsies and Travellers": two groups joined are one subject
		if (after + 1 < predicate.first() && tokens.get(after).is("and", "or") && cover[after + 1 - from] != null
				&& cover[after + 1 - from].kind() == Target.Kind.GROUP) {
			after = cover[after + 1 - from].last() + 1;
		}
		for (int j = after; j < predicate.first(); j++) {
			if (cover[j - from] != null || !denialsAllowed && tokens.get(j).is("not", "n't", "never", "no")
					|| this.victim.contains(tokens.get(j))) {
				return null;
			}
		}
		return cover[k - from];
	}

	/**
	 * The group a likeness or a collective noun is said of, anywhere in the sentence:
	 * "they spread through an estate like a cancer", "scrap the funding for them, why
	 * should we pay for a bunch of leeches".
	 */
	static Target epithet(List<Token> tokens, Target[] cover, int from, Predicate predicate) {
		if (!isEpithet(tokens, from, predicate)) {
			return null;
		}
		Target group = null;
		for (Target target : cover) {
			// the last group before the head, else the first after it
			boolean before = target != null && target.last() < predicate.first();
			if (target != null && target.kind() == Target.Kind.GROUP && (group == null || before)) {
				group = target;
			}
		}
		return group != null && treatedAs(tokens, from, group) ? null : group;
	}

	/**
	 * Whether a head is a likeness or a collective noun ("like a cancer", "like stray
	 * dogs", "a bunch of leeches"), said of a group the sentence, or the one before,
	 * names.
	 * @param tokens the post's words
	 * @param from the sentence's first word
	 * @param predicate the head
	 * @return true when it is
	 */
	static boolean isEpithet(List<Token> tokens, int from, Predicate predicate) {
		int k = predicate.first() - 1;
		boolean noun = predicate.predicated() || predicate.kind() == Predicate.Kind.DEHUMANISING
				|| predicate.kind() == Predicate.Kind.TRAIT;
		if (!noun || k <= from) {
			return false;
		}
		if (tokens.get(k).is("a", "an")) {
			k--;
		}
		// one word of description between: "like stray dogs"
		if (k > from && !tokens.get(k).is("like", "of") && tokens.get(k - 1).is("like")) {
			k--;
		}
		// "treated like animals" makes them the victims of a likeness, not its subject
		boolean likeness = k >= from && tokens.get(k).is("like")
				&& !(k > from && tokens.get(k - 1).is("treated", "treat", "treating", "treats", "them", "us"));
		boolean collective = k > from && tokens.get(k).is("of")
				&& tokens.get(k - 1).is("bunch", "load", "pack", "shower", "gang", "horde", "swarm", "lot", "nest");
		return likeness || collective;
	}

	/**
	 * Whether the target is the one treated so, and the treatment denied or stopped:
	 * "stop treating disabled people like a burden".
	 */
	static boolean treatedAs(List<Token> tokens, int from, Target target) {
		int k = target.first() - 1;
		if (k < from || !tokens.get(k).is("treating", "treat", "treated", "seeing", "see", "regarding", "regard")) {
			return false;
		}
		for (int j = k - 1; j >= from && j >= k - 3; j--) {
			if (tokens.get(j).is("stop", "n't", "not", "never", "quit", "end")) {
				return true;
			}
		}
		return false;
	}

}
