package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Span;
import org.membercomms.checker.rules.Combination.Reading;
import org.membercomms.checker.rules.Modality.Mood;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

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
			"rather", "fairly", "extremely", "incredibly", "truly", "downright", "thoroughly", "proper", "have", "has",
			"had", "'ve", "do", "does", "did", "going", "gonna", "precisely", "absolutely", "nowt", "'d");

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

	private final Targets targets;

	private final Predicates predicates;

	private final Modality modality;

	private final Reporting reporting;

	private final WordClass between;

	private final WordClass victim;

	CompositionRule(Lexicons lexicons) {
		this.targets = new Targets(lexicons);
		this.predicates = new Predicates(lexicons);
		this.modality = new Modality(lexicons);
		this.reporting = new Reporting(lexicons);
		this.between = lexicons.wordClass("between-words", BETWEEN);
		this.victim = lexicons.wordClass("victim-words", VICTIM);
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
		for (Predicate predicate : found) {
			Target target = predicate.kind() == Predicate.Kind.VEILED_THREAT ? person
					: target(post, cover, from, to, predicate);
			if (predicate.wide()) {
				target = nearest(cover, predicate);
			}
			else if (target == null && owned(post.tokens(), predicate)) {
				target = person;
			}
			if (target == null || !Combination.pairs(target.kind(), predicate.kind()) || negated(post, predicate)) {
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

	private static boolean negated(Analysis post, Predicate predicate) {
		boolean praiseDenied = predicate.kind() == Predicate.Kind.NEGATED_PRAISE && predicate.predicated();
		return !praiseDenied && (post.negated(predicate.first()) && !post.negates(predicate.first(), predicate.last())
				|| comparedAway(post.tokens(), predicate));
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
	private static Target person(Analysis post, Target[] cover) {
		post.steps().add(cover.length);
		for (Target target : cover) {
			if (target != null && target.kind() == Target.Kind.PERSON) {
				return target;
			}
		}
		return null;

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
		for (int k = predicate.first() + 1; k <= predicate.last(); k++) {
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
			subject = opening(post.tokens(), cover, from, predicate);
		}
		return subject != null ? subject : epithet(post.tokens(), cover, from, predicate);
	}

	/**
	 * The group a likeness or a collective noun is said of, anywhere in the sentence:
	 * "they spread through an estate like a cancer", "scrap the funding for them, why
	 * should we pay for a bunch of leeches".
	 */
	private static Target epithet(List<Token> tokens, Target[] cover, int from, Predicate predicate) {
		int k = predicate.first() - 1;
		boolean noun = predicate.predicated() || predicate.kind() == Predicate.Kind.DEHUMANISING
				|| predicate.kind() == Predicate.Kind.TRAIT;
		if (!noun || k <= from) {
			return null;
		}
		if (tokens.get(k).is("a", "an")) {
			k--;
		}
		// "treated like animals" makes them the victims of a likeness, not its subject
		boolean likeness = k >= from && tokens.get(k).is("like")
				&& !(k > from && tokens.get(k - 1).is("treated", "treat", "treating", "treats", "them", "us"));
		boolean collective = k > from && tokens.get(k).is("of")
				&& tokens.get(k - 1).is("bunch", "load", "pack", "shower", "gang", "horde", "swarm", "lot", "nest");
		if (!likeness && !collective) {
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
	 * A group that opens the sentence as its subject, for a head said of a subject
	 * further on in the same sentence ("Muslims couldn't organise a raffle, never have
	 * been any use"): only when no other target, and no denial of a head that is not
	 * itself one, stands between.
	 */
	private Target opening(List<Token> tokens, Target[] cover, int from, Predicate predicate) {
		int k = from;
		while (k < predicate.first() && cover[k - from] == null && tokens.get(k)
			.is("honestly", "frankly", "and", "but", "so", "well", "the", "all", "these", "those")) {
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

	private Target after(List<Token> tokens, Target[] cover, int from, int to, Predicate predicate) {
		for (int k = predicate.last() + 1; k <= to && k <= predicate.last() + 6; k++) {
			Target target = cover[k - from];
			if (target != null && !(target.kind() != Target.Kind.PROPERTY && possessive(tokens, target.last(), to))) {
				if (!predicate.kind().takesObject() && !pointsBack(tokens, target) && !likened(tokens, predicate)) {
					return null;
				}
				if (target.kind() == Target.Kind.GROUP && predicate.kind() == Predicate.Kind.HOSTILITY
						&& target.last() < to && this.victim.contains(tokens.get(target.last() + 1))) {
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
				return said && !treatedAs(tokens, from, cover[k - from]) ? cover[k - from] : null;
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
	 * Whether the target is the one treated so, and the treatment denied or stopped:
	 * "stop treating disabled people like a burden".
	 */
	private static boolean treatedAs(List<Token> tokens, int from, Target target) {
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
