package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.rules.HostilityFeatures.Feature;
import org.membercomms.checker.rules.HostilityFeatures.Seen;
import org.membercomms.checker.rules.Modality.Mood;
import org.membercomms.checker.text.Lexicons;

/**
 * The learned reading's rule, run after every other: where the rules found nothing, the
 * {@link HostilityModel} reads the post as a whole, with its targets put as their kinds,
 * and reports a harm it is sure of at CAUTION (a reading to check, never a finding of an
 * offence on its own), with the target and the words that weighed most as evidence. It
 * stays silent where the post names no target the harm can be aimed at, where the
 * composition layer judged a listed word of the post (linked it to a target, found it
 * denied, or found a target it could have been said of: its reading stands; ADR 35),
 * where a rule already found the harm's category, and where the reading rests on the
 * shape of the sentence rather than on a word that counts towards the harm (ADR 33). As
 * in the composition table ({@link Combination}), a threat or hostility to a group put as
 * a call on others (read by {@link Modality} at the word that weighed most) is incitement
 * as well (ADR 35).
 */
public final class HostilityRule implements Rule {

	/**
	 * How sure the reading must be. Chosen on the development sets with each writer's set
	 * left out of fitting in turn (ADR 33), never on the suite's held-back half.
	 */
	static final double THRESHOLD = 0.65;

	/**
	 * How much the weightiest word must count towards the harm on its own: a reading
	 * carried only by the shape of the sentence ("I'm going to meet ...") is not
	 * reported. Chosen with {@link #THRESHOLD}.
	 */
	static final double EVIDENCE_WEIGHT = 0.6;

	private static final String READ_WHOLE = ", as the checker reads the post as a whole (no listed phrase matched, "
			+ "so check the wording)";

	private static final int EVIDENCE = 3;

	private final HostilityFeatures features;

	private final HostilityModel model;

	private final Modality modality;

	HostilityRule(Lexicons lexicons, HostilityModel model) {
		this.features = new HostilityFeatures(lexicons);
		this.model = model;
		this.modality = new Modality(lexicons);
	}

	/**
	 * The names of a post's features, as the model is fitted on them.
	 * @param post the post
	 * @return the names, in order
	 */
	public List<String> features(Analysis post) {
		return this.features.names(post);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		if (post.tokens().isEmpty() || post.isComposed()) {
			// the composition layer judged a listed word of the post: its reading stands
			return;
		}
		Seen seen = this.features.of(post);
		if (seen.targets().isEmpty()) {
			return;
		}
		Hostility best = best(this.model.probabilities(seen.sentences()));
		if (best == Hostility.NONE || findings.has(best.category())) {
			return;
		}
		Target target = aimedAt(seen, best);
		List<Feature> evidence = weightiest(seen.sentences(), best);
		if (target == null || evidence.isEmpty()
				|| this.model.towards(evidence.get(0).name(), best) < EVIDENCE_WEIGHT) {
			return;
		}
		List<Span> spans = new ArrayList<>(EVIDENCE + 1);
		spans.add(post.span(target.first(), target.last()));
		for (Feature feature : evidence) {
			spans.add(post.span(feature.first(), feature.last()));
		}
		findings.add(best.category(), Severity.CAUTION, spans, best.reason() + READ_WHOLE, best.law(), best.advice());
		if (best.calledOn() != null && !findings.has(Category.INCITEMENT) && mood(post, evidence.get(0)) == Mood.CALL) {
			findings.add(Category.INCITEMENT, Severity.CAUTION, spans, best.calledOn() + READ_WHOLE, IncitementRule.LAW,
					IncitementRule.ADVICE);
		}
	}

	/** The mood of the sentence that holds a word, read up to the word. */
	private Mood mood(Analysis post, Feature word) {
		int[] bounds = post.sentenceBounds(post.tokens().get(word.first()).sentence());
		return bounds == null ? null : this.modality.of(post, bounds[0], word.first());
	}

	/** The likeliest harm, or NONE when it is not likely enough. */
	private static Hostility best(double[] p) {
		Hostility best = Hostility.NONE;
		for (Hostility h : Hostility.values()) {
			if (p[h.ordinal()] > p[best.ordinal()]) {
				best = h;
			}
		}
		return p[best.ordinal()] < THRESHOLD ? Hostility.NONE : best;
	}

	/** The first target the post names that the harm can be aimed at, or null. */
	private static Target aimedAt(Seen seen, Hostility hostility) {
		for (var named : seen.targets().entrySet()) {
			if (hostility.aimsAt(named.getKey())) {
				return named.getValue();
			}
		}
		return null;
	}

	/** The single words that count most towards the harm, at most {@link #EVIDENCE}. */
	private List<Feature> weightiest(List<List<Feature>> sentences, Hostility hostility) {
		List<Feature> words = new ArrayList<>();
		for (List<Feature> sentence : sentences) {
			for (Feature word : sentence) {
				if (!word.name().startsWith("<") && this.model.towards(word.name(), hostility) > 0) {
					words.add(word);
				}
			}
		}
		words.sort((a, b) -> Double.compare(this.model.towards(b.name(), hostility),
				this.model.towards(a.name(), hostility)));
		return words.subList(0, Math.min(EVIDENCE, words.size()));
	}

}
