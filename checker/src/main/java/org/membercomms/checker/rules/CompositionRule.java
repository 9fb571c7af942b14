package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Span;
import org.membercomms.checker.rules.Combination.Reading;
import org.membercomms.checker.rules.Modality.Mood;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;

/**
 * The composition layer: reads each sentence as parts and combines them, so that a new
 * sentence made of known parts is caught without a pattern for it. A sentence flows
 * through four steps: {@link Targets} marks who or what it is about (people, small
 * groups, protected groups, property, and "they" for a group named earlier in the post);
 * {@link Predicates} finds the heads of what is said (hatred, dehumanisation,
 * inferiority, exclusion, negative traits, denied praise, violence, damage, veiled
 * threats); each predicate is joined to the nearest target before or after it, with only
 * small words between ("are all", "should be", "their"); {@link Modality} says how it is
 * put (intent, a call to action, a wish); and {@link Combination}'s table says what the
 * pair means. A predicate that is negated, reported ("people who say ..."), quoted to be
 * condemned, or in a sentence that condemns it ("... should be ashamed") is passed over.
 */
final class CompositionRule implements Rule {

	private final Targets targets;

	private final Predicates predicates;

	private final Modality modality;

	private final Reporting reporting;

	private final Linking linking;

	CompositionRule(Lexicons lexicons) {
		this.targets = new Targets(lexicons);
		this.predicates = new Predicates(lexicons);
		this.modality = new Modality(lexicons);
		this.reporting = new Reporting(lexicons);
		this.linking = new Linking(lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		boolean groupBefore = false;
		int sentences = post.text().sentences();
		for (int s = 0; s < sentences; s++) {
			int[] bounds = post.sentenceBounds(s);
			if (bounds == null) {
				continue;
			}
			sentence(post, s, bounds[0], bounds[1], groupBefore, findings);
			groupBefore |= post.sentenceHas(s, Marks.GROUP);
		}
	}

	private void sentence(Analysis post, int s, int from, int to, boolean groupBefore, Findings findings) {
		List<Predicate> found = this.predicates.in(post, from, to);
		if (found.isEmpty()) {
			return;
		}
		Target[] cover = this.targets.cover(post, from, to, groupBefore);
		Target person = person(post, cover);
		if (person == null && s > 0 && post.sentenceBounds(s - 1) != null
				&& found.stream().anyMatch((p) -> p.kind() == Predicate.Kind.VEILED_THREAT)) {
			// "Lovely house Cllr X has got. Shame if anything happened to it."
			int[] before = post.sentenceBounds(s - 1);
			person = person(post, this.targets.cover(post, before[0], before[1], groupBefore));
		}
		Boolean condemns = null;
		Target[] previous = null;
		for (Predicate predicate : found) {
			Target target = predicate.kind() == Predicate.Kind.VEILED_THREAT ? (person != null ? person : group(cover))
					: this.linking.target(post, cover, from, to, predicate, person != null ? person : people(cover));
			if (target == null && s > 0 && post.sentenceBounds(s - 1) != null
					&& (fragment(post.tokens(), from, cover, predicate) || pointsBack(post.tokens(), predicate)
							|| predicate.wide() || DistantSubjects.isEpithet(post.tokens(), from, predicate))) {
				// "Muslims. Vermin, every one.", "Diggers at the site. Smash them up."
				int[] before = post.sentenceBounds(s - 1);
				previous = previous != null ? previous : this.targets.cover(post, before[0], before[1], groupBefore);
				target = Linking.firstPairing(previous, predicate);
				// "Muslims attacked in Acklam. Disgusting.": the group is the victim
				target = target != null && this.linking.victimAfter(post.tokens(), target) ? null : target;
			}
			boolean pairs = target != null && Combination.pairs(target.kind(), predicate.kind());
			boolean negated = negated(post, predicate);
			if (pairs || negated || pairable(cover, predicate)) {
				// the layer read the word and judged it: its reading stands (ADR 35)
				post.composed();
			}
			if (!pairs || negated) {
				continue;
			}
			if (condemns == null) {
				condemns = this.modality.condemns(post, from, to);
			}
			boolean reported = post.reported(predicate.first(), predicate.last())
					|| this.reporting.reports(post, from, predicate.first());
			// "Shame if anything happened to it": the veiled threat's own words condemn
			// nothing
			boolean condemned = condemns && predicate.kind() != Predicate.Kind.VEILED_THREAT;
			if (condemned || reported && !endorsed(post)) {
				continue;
			}
			Mood mood = this.modality.of(post, from, predicate.first());
			if (mood == null && predicate.wide()) {
				// a wide head reads the mood of its whole sentence, as it does its target
				mood = this.modality.of(post, from, to);
			}
			Predicate.Kind kind = mood == null && Habits.said(post.tokens(), target, predicate) ? Predicate.Kind.TRAIT
					: predicate.kind();
			List<Reading> readings = Combination.read(target.kind(), kind, mood);
			if (readings.isEmpty()) {
				continue;
			}
			List<Span> spans = List.of(post.span(predicate.first(), predicate.last()),
					post.span(target.first(), target.last()));
			for (Reading reading : readings) {
				findings.add(reading.category(), reading.severity(), new ArrayList<>(spans), reading.reason(),
						reading.law(), reading.advice());
			}
			post.offend(0.6);
		}
	}

	/**
	 * Whether the sentence names a target the predicate could be said of, linked to it or
	 * not: "Thieves steal bikes from older people" names the group and does not say it of
	 * them.
	 */
	private static boolean pairable(Target[] cover, Predicate predicate) {
		for (Target target : cover) {
			if (target != null && Combination.pairs(target.kind(), predicate.kind())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence is a fragment that names no one and opens with a quality said of
	 * someone: "Vermin, every one.", "Not clever enough."; not "This hate has no place
	 * here.", nor "Report hate crime on 101."
	 */
	private static boolean fragment(List<Token> tokens, int from, Target[] cover, Predicate predicate) {
		if (cover.length > 6 || !saidOf(predicate)) {
			return false;
		}
		for (int k = from; k < predicate.first(); k++) {
			if (!tokens.get(k)
				.is("not", "never", "pure", "total", "absolute", "utter", "just", "a", "an", "all", "bloody",
						"complete", "so", "why", "such", "proper", "real")) {
				return false;
			}
		}
		for (Target target : cover) {
			// "their lives" names no one new
			if (target != null && !(target.first() == target.last()
					&& tokens.get(target.first()).is("their", "his", "her", "its"))) {
				return false;
			}
		}
		return true;
	}

	/** Whether a head is a quality said of someone, which a fragment may say alone. */
	private static boolean saidOf(Predicate predicate) {
		return switch (predicate.kind()) {
			case DEHUMANISING, TRAIT, INFERIORITY, NEGATED_PRAISE -> true;
			default -> false;
		};
	}

	/**
	 * Whether a head has "them" or "it" inside or beside it, pointing back: "smash them
	 * up", "set the dogs on them", "put them out of action".
	 */
	private static boolean pointsBack(List<Token> tokens, Predicate predicate) {
		int from = Math.max(0, predicate.first() - 1);
		int to = Math.min(tokens.size() - 1, predicate.last() + 1);
		for (int k = from; k <= to; k++) {
			if (tokens.get(k).is("them", "'em", "it", "him", "her")) {
				return true;
			}
		}
		return false;
	}

	private static boolean negated(Analysis post, Predicate predicate) {
		boolean praiseDenied = predicate.kind() == Predicate.Kind.NEGATED_PRAISE && predicate.predicated();
		return !praiseDenied && (post.negated(predicate.first()) && !post.negates(predicate.first(), predicate.last())
				&& !withoutException(post.tokens(), predicate) || comparedAway(post.tokens(), predicate));
	}

	/** "Almost without exception, dishonest": "without" that denies nothing. */
	private static boolean withoutException(List<Token> tokens, Predicate predicate) {
		int k = predicate.first() - 1;
		return k >= 1 && tokens.get(k).is("exception", "fail", "doubt", "question") && tokens.get(k - 1).is("without");
	}

	/**
	 * Whether a comparison denies the predicate ("no more likely to commit crime than
	 * anyone else", "less likely to ... than"): a denial up to six words before it and
	 * "than" up to five after.
	 */
	private static boolean comparedAway(List<Token> tokens, Predicate predicate) {
		int sentence = tokens.get(predicate.first()).sentence();
		boolean denied = false;
		for (int k = predicate.first() - 1; k >= 0 && k >= predicate.first() - 6
				&& tokens.get(k).sentence() == sentence; k--) {
			denied |= tokens.get(k).is("no", "not", "n't", "less", "never");
		}
		for (int k = predicate.last() + 1; denied && k < tokens.size() && k <= predicate.last() + 5
				&& tokens.get(k).sentence() == sentence; k++) {
			if (tokens.get(k).is("than")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the author endorses what the post reports (read once a post). */
	private boolean endorsed(Analysis post) {
		if (post.endorsed() == null) {
			post.endorsed(this.reporting.endorses(post));
		}
		return post.endorsed();
	}

	/** The first person or "you" of the sentence, for a veiled threat (read once). */
	/** The first protected group the sentence names ("pay them a visit"), or null. */
	private static Target group(Target[] cover) {
		for (Target target : cover) {
			if (target != null && target.kind() == Target.Kind.GROUP) {
				return target;
			}
		}
		return null;
	}

	/** The first small group of people the sentence names ("each of them"), or null. */
	private static Target people(Target[] cover) {
		for (Target target : cover) {
			if (target != null && target.kind() == Target.Kind.PEOPLE) {
				return target;
			}
		}
		return null;
	}

	private static Target person(Analysis post, Target[] cover) {
		post.steps().add(cover.length);
		for (Target target : cover) {
			if (target != null && target.kind() == Target.Kind.PERSON) {
				return target;
			}
		}
		return null;

	}

}
