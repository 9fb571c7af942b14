package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;
import org.membercomms.checker.text.WordSet;

/**
 * Finds the predicate heads of one sentence for the composition layer. Each class of head
 * is a small lexicon of words and short phrases ({@code hostility}, {@code dehumanising},
 * {@code inferiority}, {@code exclusion}, {@code negative-traits},
 * {@code negated-praise}, {@code violence}, {@code damage}, {@code veiled-threats}); six
 * slots add heads made of a verb and a word a few words on ("keep them out", "drive the
 * lot away", "make them leave"; "string them up", "kick his head in", "knock his teeth
 * out"; "give the head of planning a kicking"; "belong in a zoo", "should be kept in
 * cages"). Uses of a head that are not about people are left out: "hate crime", "a shot
 * at the title", "kill the bill", "hang on", and so is a veiled threat that is news
 * ("you've been warned about the road closure").
 */
final class Predicates {

	private static final Set<String> PARTICLE_VERBS = Set.of("keep", "kept", "kick", "kicked", "throw", "thrown",
			"drive", "driven", "run", "chase", "chased", "force", "forced", "boot", "booted", "turf", "turfed", "send",
			"sent", "ship", "shipped", "get", "hound", "hounded", "push", "pushed", "chuck", "chucked", "move");

	private static final Set<String> PARTICLES = Set.of("out", "away", "off", "back", "home");

	private static final Set<String> MAKING_VERBS = Set.of("make", "made", "making", "force", "forced", "forcing");

	private static final Set<String> LEAVING = Set.of("leave", "go", "move");

	private static final Set<String> BEATING_VERBS = Set.of("string", "beat", "kick", "smash", "bash", "cave", "knock",
			"punch");

	private static final Set<String> BEATING_PARTICLES = Set.of("up", "in");

	private static final Set<String> BODY_PARTS = Set.of("teeth", "face", "head", "skull", "legs", "leg", "nose", "jaw",
			"kneecaps", "brains", "lights", "arms", "ribs", "throat", "neck", "bone", "bones");

	private static final Set<String> GIVING = Set.of("give", "gives", "giving", "gave");

	private static final Set<String> BLOWS = Set.of("kicking", "beating", "slap", "slapping", "hiding", "thrashing",
			"smack", "punch", "battering", "kick");

	private static final Set<String> PLACING_VERBS = Set.of("belong", "belongs", "kept", "keep", "locked", "lock",
			"put", "caged", "live", "living", "back", "go", "sent");

	private static final Set<String> ANIMAL_PLACES = Set.of("zoo", "zoos", "cage", "cages", "kennel", "kennels",
			"jungle", "trees", "caves", "cave", "gutter", "gutters", "sewer", "sewers", "circus", "pen", "pens", "barn",
			"stable", "stables", "pound");

	/** What "any" or "much" asks of someone under a denial ("never ... any use"). */
	private static final String[] WORTH = { "use", "good", "help", "value", "cop" };

	private final WordSet[] sets;

	private final Predicate.Kind[] kinds;

	/**
	 * Whether the heads of each set name a thing or a quality (the WordNet nouns and
	 * adjectives).
	 */
	private final boolean[] predicated;

	/** The lexicon bits of the head lexicons: a word without them starts no head. */
	private final long headBits;

	private final long praiseBits;

	/** Every verb that starts a slot: a word that is none of them starts no slot. */
	private final WordClass slotVerbs;

	private final WordClass particleVerbs;

	private final WordClass particles;

	private final WordClass makingVerbs;

	private final WordClass leaving;

	private final WordClass beatingVerbs;

	private final WordClass beatingParticles;

	private final WordClass bodyParts;

	private final WordClass giving;

	private final WordClass blows;

	private final WordClass placingVerbs;

	private final WordClass animalPlaces;

	/** The families of frames, asked at every word. */
	private final List<Frame> frames;

	private final FigurativeUses figurative;

	/** Words of praise: a negation before one makes a negative generalisation. */
	private final WordSet praise;

	Predicates(Lexicons lexicons) {
		List<HeadClass> classes = List.of(head(lexicons, "hostility", Predicate.Kind.HOSTILITY),
				head(lexicons, "dehumanising", Predicate.Kind.DEHUMANISING),
				head(lexicons, "inferiority", Predicate.Kind.INFERIORITY),
				head(lexicons, "exclusion", Predicate.Kind.EXCLUSION),
				head(lexicons, "negative-traits", Predicate.Kind.TRAIT),
				head(lexicons, "negated-praise", Predicate.Kind.NEGATED_PRAISE),
				head(lexicons, "violence", Predicate.Kind.VIOLENCE), head(lexicons, "damage", Predicate.Kind.DAMAGE),
				head(lexicons, "veiled-threats", Predicate.Kind.VEILED_THREAT),
				head(lexicons, "hounding", Predicate.Kind.HOUNDING),
				head(lexicons, "wordnet-hostility", Predicate.Kind.HOSTILITY),
				head(lexicons, "wordnet-violence", Predicate.Kind.VIOLENCE),
				head(lexicons, "wordnet-damage", Predicate.Kind.DAMAGE),
				head(lexicons, "wordnet-crimes", Predicate.Kind.TRAIT),
				predicated(lexicons, "wordnet-dehumanising", Predicate.Kind.DEHUMANISING),
				predicated(lexicons, "wordnet-traits", Predicate.Kind.TRAIT),
				predicated(lexicons, "wordnet-trait-adjectives", Predicate.Kind.TRAIT));
		this.sets = classes.stream().map(HeadClass::set).toArray(WordSet[]::new);
		this.kinds = classes.stream().map(HeadClass::kind).toArray(Predicate.Kind[]::new);
		this.predicated = new boolean[classes.size()];
		for (int c = 0; c < classes.size(); c++) {
			this.predicated[c] = classes.get(c).predicated();
		}
		this.headBits = WordSet.bitsOf(List.of(this.sets));
		this.praiseBits = WordSet.bitsOf(List.of(lexicons.set("wordnet-praise")));
		this.slotVerbs = lexicons.wordClass("slot-verbs",
				Stream.of(PARTICLE_VERBS, MAKING_VERBS, BEATING_VERBS, GIVING, PLACING_VERBS)
					.flatMap(Set::stream)
					.collect(Collectors.toSet()));
		lexicons.readThrough(Stream
			.of(PARTICLE_VERBS, PARTICLES, MAKING_VERBS, LEAVING, BEATING_VERBS, BEATING_PARTICLES, BODY_PARTS, GIVING,
					BLOWS, PLACING_VERBS, ANIMAL_PLACES)
			.flatMap(Set::stream)
			.toList());
		this.particleVerbs = lexicons.rareClass("particle-verbs", PARTICLE_VERBS);
		this.particles = lexicons.rareClass("particles", PARTICLES);
		this.makingVerbs = lexicons.rareClass("making-verbs", MAKING_VERBS);
		this.leaving = lexicons.rareClass("leaving", LEAVING);
		this.beatingVerbs = lexicons.rareClass("beating-verbs", BEATING_VERBS);
		this.beatingParticles = lexicons.rareClass("beating-particles", BEATING_PARTICLES);
		this.bodyParts = lexicons.rareClass("body-parts", BODY_PARTS);
		this.giving = lexicons.rareClass("giving", GIVING);
		this.blows = lexicons.rareClass("blows", BLOWS);
		this.placingVerbs = lexicons.rareClass("placing-verbs", PLACING_VERBS);
		this.animalPlaces = lexicons.rareClass("animal-places", ANIMAL_PLACES);
		this.figurative = new FigurativeUses(lexicons);
		this.praise = lexicons.set("wordnet-praise");
		this.frames = List.of(new Frames(lexicons, BODY_PARTS), new ThreatFrames(lexicons, Frames.IMPROVISED),
				new GroupFrames(lexicons), new InjuryFrames(lexicons), new VeiledFrames(lexicons));
	}

	/**
	 * The predicates of a sentence, in the order of their first words.
	 * @param post the post
	 * @param from the sentence's first word
	 * @param to its last word
	 * @return the predicates
	 */
	List<Predicate> in(Analysis post, int from, int to) {
		List<Token> tokens = post.tokens();
		List<Predicate> found = new ArrayList<>();
		post.steps().add((this.sets.length + 40L) * (to - from + 1));
		for (int k = from; k <= to; k++) {
			if (WordSet.mayStart(this.headBits, tokens.get(k))) {
				heads(tokens, k, to, found);
			}
			if (this.slotVerbs.containsAnyForm(tokens.get(k))) {
				slots(tokens, k, to, found);
			}
			for (Frame frame : this.frames) {
				if (frame.startsAt(tokens.get(k))) {
					frame.at(post, from, k, to, found);
				}
			}
			if (WordSet.mayStart(this.praiseBits, tokens.get(k)) && this.praise.match(tokens, k) > 0
					&& post.negated(k)) {
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, k, k, true));
			}
			if (k < to && tokens.get(k).is("any", "much", "anything")
					&& (tokens.get(k + 1).is(WORTH) || this.praise.match(tokens, k + 1) > 0)
					&& deniedBefore(tokens, from, k)) {
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, k, k + 1, true));
			}
		}
		return found;
	}

	/** Whether a denial stands up to twelve words before a word in its sentence. */
	private static boolean deniedBefore(List<Token> tokens, int from, int k) {
		for (int j = k - 1; j >= from && j >= k - 12; j--) {
			if (tokens.get(j).is("never", "not", "n't", "no", "hardly")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One lexicon of heads: the class of predicate it gives, and whether its heads name a
	 * thing or a quality said only through a copula (the WordNet nouns and adjectives).
	 */
	private record HeadClass(WordSet set, Predicate.Kind kind, boolean predicated) {
	}

	private static HeadClass head(Lexicons lexicons, String name, Predicate.Kind kind) {
		return new HeadClass(lexicons.set(name), kind, false);
	}

	private static HeadClass predicated(Lexicons lexicons, String name, Predicate.Kind kind) {
		return new HeadClass(lexicons.set(name), kind, true);
	}

	/** The heads of the lexicons that start at a word. */
	private void heads(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int s = 0; s < this.sets.length; s++) {
			int length = this.sets[s].match(tokens, k);
			int last = k + length - 1;
			if (length > 0 && last <= to && !this.figurative.of(tokens, this.kinds[s], k, last, to)) {
				Predicate predicate = new Predicate(this.kinds[s], k, last, this.predicated[s]);
				if (!found.contains(predicate) && !found.contains(new Predicate(this.kinds[s], k, last))) {
					found.add(predicate);
				}
			}
		}
	}

	/**
	 * The heads made of a verb at a word and a word a few words on ("give ... a good
	 * hiding" spans a role with its tail: "give the Chair of the Licensing Committee a
	 * good hiding").
	 */
	private void slots(List<Token> tokens, int k, int to, List<Predicate> found) {
		slot(tokens, k, to, this.particleVerbs, this.particles, Predicate.Kind.EXCLUSION, 5, found);
		slot(tokens, k, to, this.makingVerbs, this.leaving, Predicate.Kind.EXCLUSION, 5, found);
		slot(tokens, k, to, this.beatingVerbs, this.beatingParticles, Predicate.Kind.VIOLENCE, 5, found);
		slot(tokens, k, to, this.beatingVerbs, this.bodyParts, Predicate.Kind.VIOLENCE, 5, found);
		slot(tokens, k, to, this.giving, this.blows, Predicate.Kind.VIOLENCE, 10, found);
		slot(tokens, k, to, this.placingVerbs, this.animalPlaces, Predicate.Kind.INFERIORITY, 5, found);
	}

	/** A verb and, up to {@code width} words on, the word that completes it. */
	private static void slot(List<Token> tokens, int k, int to, WordClass verbs, WordClass completions,
			Predicate.Kind kind, int width, List<Predicate> found) {
		if (!verbs.containsAnyForm(tokens.get(k))) {
			return;
		}
		for (int j = k + 1; j <= to && j <= k + width; j++) {
			if (completions.containsAnyForm(tokens.get(j))) {
				found.add(new Predicate(kind, k, j));
				return;
			}
		}
	}

}
