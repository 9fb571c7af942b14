package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Links a predicate to its target for the composition layer: inside it ("keep them out"),
 * else the nearest target after or before it with only small words between ("are all",
 * "should be", "their"); a wide head takes the nearest target anywhere in its sentence; a
 * head with "his", "their" or "your" inside takes the person the sentence names; a head
 * said of a subject further on takes the group that opens the sentence; a likeness or a
 * collective noun takes the sentence's group.
 */
final class Linking {

	/** Words that may stand between a predicate and its target. */
	private static final Set<String> BETWEEN = Set.of("a", "an", "the", "all", "every", "each", "any", "some", "these",
			"those", "that", "this", "of", "just", "so", "such", "really", "very", "too", "total", "complete",
			"absolute", "utter", "bloody", "fucking", "filthy", "dirty", "lazy", "are", "is", "'re", "'s", "was",
			"were", "be", "being", "been", "become", "becoming", "remain", "always", "nothing", "but", "like", "as",
			"mostly", "often", "clearly", "obviously", "basically", "simply", "literally", "frankly", "honestly",
			"generally", "usually", "quite", "pretty", "should", "must", "will", "'ll", "would", "could", "can", "to",
			"deserve", "deserves", "need", "needs", "ought", "his", "her", "their", "your", "its", "get", "got",
			"getting", "bring", "brings", "cause", "causes", "commit", "commits", "still", "only", "more", "most",
			"whole", "lot", "up", "and", "next", "first", "last", "other", "them", "'em", "s'", "local", "same", "old",
			"new", "round", "down", "tonight", "tomorrow", "one", "completely", "totally", "utterly", "entirely", "bit",
			"rather", "fairly", "extremely", "incredibly", "truly", "downright", "thoroughly", "proper", "where",
			"fundamentally", "inherently", "naturally", "innately", "essentially", "invariably", "typically",
			"genetically", "morally", "culturally", "almost", "without", "exception", "have", "has", "had", "'ve", "do",
			"does", "did", "going", "gonna", "precisely", "absolutely", "nowt", "'d");

	/**
	 * Words after a group that make it the victim, not the one spoken of ("sick of women
	 * being").
	 */
	private static final Set<String> VICTIM = Set.of("being", "getting", "treated", "blamed", "targeted", "abused",
			"attacked", "left", "made", "called", "denied", "excluded", "ignored", "struggling", "suffering", "losing",
			"facing");

	/** Words that say a thing or a quality of a target: a copula or a likeness. */
	private static final String[] LINKS = { "are", "is", "'re", "'s", "was", "were", "be", "being", "been", "become",
			"becoming", "remain", "like", "as", "behave", "act", "acting", "bunch", "pack", "load", "lot", "nothing",
			"mean", "means", "equal", "equals" };

	/** Words that deny the praise that follows them ("are never honest"). */
	private static final String[] DENIALS = { "not", "never", "n't", "ever", "hardly", "rarely", "seldom" };

	/** Words that make a following noun a thing someone has, not what they are. */
	private static final String[] POSSESSIVES = { "his", "her", "their", "your", "its", "our", "my", "with", "and",
			"have", "has", "had" };

	private final WordClass between;

	private final WordClass victim;

	private final DistantSubjects distant;

	Linking(Lexicons lexicons) {
		this.between = lexicons.wordClass("between-words", BETWEEN);
		this.victim = lexicons.wordClass("victim-words", VICTIM);
		this.distant = new DistantSubjects(this.victim);
	}

	/**
	 * Whether a group is followed by a word that makes it the victim ("Muslims attacked
	 * in Acklam").
	 * @param tokens the post's words
	 * @param target the target
	 * @return true when it is
	 */
	boolean victimAfter(List<Token> tokens, Target target) {
		int k = target.last() + 1;
		return k < tokens.size() && tokens.get(k).sentence() == tokens.get(target.last()).sentence()
				&& (this.victim.contains(tokens.get(k))
						|| tokens.get(k).is("attacked", "assaulted", "harassed", "hurt"));
	}

	/**
	 * The first target of a sentence that the table pairs with a predicate (the last
	 * group, for a head said of a group), for a fragment or a "them" pointing back to it.
	 * @param cover the sentence's targets, word by word
	 * @param predicate the predicate
	 * @return the target, or null
	 */
	static Target firstPairing(Target[] cover, Predicate predicate) {
		Target found = null;
		for (Target target : cover) {
			if (target != null && Combination.pairs(target.kind(), predicate.kind())
					&& (found == null || target.kind() == Target.Kind.GROUP)) {
				found = target;
			}
		}
		return found;
	}

	/**
	 * The target of a predicate in its sentence.
	 * @param post the post
	 * @param cover the sentence's targets, word by word
	 * @param from the sentence's first word
	 * @param to its last word
	 * @param predicate the predicate
	 * @param person the first person the sentence names, or null
	 * @return the target, or null
	 */
	Target target(Analysis post, Target[] cover, int from, int to, Predicate predicate, Target person) {
		if (predicate.wide()) {
			return nearest(cover, predicate);
		}
		Target target = target(post, cover, from, to, predicate);
		return target == null && owned(post.tokens(), predicate) ? person : target;
	}

	/**
	 * The target nearest a wide head anywhere in its sentence that the table pairs with
	 * it: people before property for violence, property before people for damage.
	 */
	private static Target nearest(Target[] cover, Predicate predicate) {
		Target best = null;
		int distance = Integer.MAX_VALUE;
		boolean bestPreferred = false;
		for (Target target : cover) {
			if (target != null && Combination.pairs(target.kind(), predicate.kind())) {
				boolean property = target.kind() == Target.Kind.PROPERTY
						|| target.kind() == Target.Kind.PERSONAL_PROPERTY;
				boolean preferred = property == (predicate.kind() == Predicate.Kind.DAMAGE);
				int d = Math.min(Math.abs(target.first() - predicate.first()),
						Math.abs(target.last() - predicate.last()));
				if (preferred && !bestPreferred || preferred == bestPreferred && d < distance) {
					best = target;
					distance = d;
					bestPreferred = preferred;
				}
			}
		}
		return best;
	}

	/**
	 * Whether a violent head names its victim by a pronoun inside it ("knock their teeth
	 * down their throat"), which stands for the person the sentence names.
	 */
	private static boolean owned(List<Token> tokens, Predicate predicate) {
		if (predicate.kind() != Predicate.Kind.VIOLENCE) {
			return false;
		}
		// inside it, or just after it: "break every bone in his body"
		for (int k = predicate.first() + 1; k <= predicate.last() + 3 && k < tokens.size()
				&& tokens.get(k).sentence() == tokens.get(predicate.first()).sentence(); k++) {
			if (tokens.get(k).is("his", "her", "their", "your", "him", "them")) {
				return true;
			}
		}
		return false;
	}

	/*
	 *
	 * The target of a predicate:
	 *
	 * inside it ("keep them out"), else the nearest after it (for a head said of a
	 * subject, only a group pointed back to), else the nearest before it, with only small
	 * words between.
	 */

	private Target target(Analysis post, Target[] cover, int from, int to, Predicate predicate) {
		post.steps().add(4L + predicate.last() - predicate.first() + 12);
		for (int k = predicate.first() + 1; k < predicate.last(); k++) {
			if (cover[k - from] != null) {
				return cover[k - from];
			}
		}
		if (predicate.kind().takesObject()) {
			Target object = after(post.tokens(), cover, from, to, predicate);
			// "no more immigrants": a denial of more takes what follows, never a subject
			boolean objectOnly = post.tokens().get(predicate.first()).is("no");
			return object != null || objectOnly ? object : before(post.tokens(), cover, from, predicate);
		}
		Target subject = before(post.tokens(), cover, from, predicate);
		if (subject == null) {
			subject = after(post.tokens(), cover, from, to, predicate);
		}
		if (subject == null) {
			subject = this.distant.opening(post.tokens(), cover, from, predicate);
		}
		return subject != null ? subject : DistantSubjects.epithet(post.tokens(), cover, from, predicate);
	}

	private Target after(List<Token> tokens, Target[] cover, int from, int to, Predicate predicate) {
		for (int k = predicate.last() + 1; k <= to && k <= predicate.last() + 6; k++) {
			Target target = cover[k - from];
			if (target != null && !(target.kind() != Target.Kind.PROPERTY && possessive(tokens, target.last(), to))) {
				if (!predicate.kind().takesObject() && !pointsBack(tokens, target) && !likened(tokens, predicate)) {
					return null;
				}
				int end = target.last();
				// "Gypsies and Travellers being left off": the victim word follows both
				if (end + 2 <= to && tokens.get(end + 1).is("and", "or") && cover[end + 2 - from] != null) {
					end = cover[end + 2 - from].last();
				}
				if (target.kind() == Target.Kind.GROUP && predicate.kind() == Predicate.Kind.HOSTILITY && end < to
						&& this.victim.contains(tokens.get(end + 1))) {
					return null;
				}
				return target;
			}
			if (target == null && !between(tokens, cover, from, k, to)) {
				return null;
			}
			if (target != null) {
				k = target.last();
			}
		}
		return null;
	}

	private Target before(List<Token> tokens, Target[] cover, int from, Predicate predicate) {
		boolean linked = !predicate.predicated();
		for (int k = predicate.first() - 1; k >= from && k >= predicate.first() - 6; k--) {
			if (cover[k - from] != null) {
				boolean said = linked || asked(tokens, from, cover[k - from]);
				return said && !DistantSubjects.treatedAs(tokens, from, cover[k - from]) ? cover[k - from] : null;
			}
			if (!this.between.contains(tokens.get(k)) && !tokens.get(k).is(LINKS)
					&& !(predicate.kind() == Predicate.Kind.NEGATED_PRAISE && tokens.get(k).is(DENIALS))
					&& !(predicate.predicated() && tokens.get(k).is("who", "that", "which"))) {
				return null;
			}
			// "have to be so aggressive": a duty, not a possession
			if (predicate.predicated() && tokens.get(k).is(POSSESSIVES)
					&& !(tokens.get(k).is("have", "has", "had") && tokens.get(k + 1).is("to"))) {
				return null;
			}
			linked |= tokens.get(k).is(LINKS);
		}
		return null;
	}

	/**
	 * Whether a target stands in a question after its copula ("are trans people
	 * completely useless?"), which links it to what follows as "trans people are" would.
	 */
	private static boolean asked(List<Token> tokens, int from, Target target) {
		return target.first() > from
				&& tokens.get(target.first() - 1).is("are", "is", "were", "was", "aren't", "isn't");
	}

	/*
	 *
	 * Whether a word may stand between a head and its target: a small word, a
	 * possessor*("the council's cameras"), a word naming the kind of property that
	 *
	 * follows ("the bin lorries", "the builders'
	 * compound") or a capitalised name of a place ("that Thornaby councillor").
	 */

	private boolean between(List<Token> tokens, Target[] cover, int from, int k, int to) {
		Token t = tokens.get(k);
		boolean beforeProperty = k < to && cover[k + 1 - from] != null
				&& (cover[k + 1 - from].kind() == Target.Kind.PROPERTY
						|| cover[k + 1 - from].kind() == Target.Kind.PERSONAL_PROPERTY);
		return this.between.contains(t) || possessive(tokens, k, to) || beforeProperty
				|| t.capitalised() && k > 0 && tokens.get(k - 1).sentence() == t.sentence();
	}

	/**
	 * Whether a target after a head said of a subject is that subject put after it
	 * ("Parasites, the lot of them", "animals, these people"), not a noun the head
	 * describes ("stupid woman").
	 */
	private static boolean pointsBack(List<Token> tokens, Target target) {
		return target.kind() == Target.Kind.GROUP
				&& tokens.get(target.first()).is("these", "those", "that", "this", "the", "they", "them", "all");
	}

	/**
	 * Whether a head opens its clause as a likeness, so the subject follows it ("Like
	 * rats, they ...").
	 */
	private static boolean likened(List<Token> tokens, Predicate predicate) {
		int k = predicate.first() - 1;
		if (k >= 0 && tokens.get(k).is("a", "an", "the", "some", "so", "many")) {
			k--;
		}
		return k >= 0 && tokens.get(k).is("like")
				&& (k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence());
	}

	private static boolean possessive(List<Token> tokens, int at, int to) {
		return at < to && tokens.get(at + 1).is("'s", "s'", "'");
	}

}
