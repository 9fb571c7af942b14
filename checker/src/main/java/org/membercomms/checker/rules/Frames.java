package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;
import org.membercomms.checker.text.WordSet;

/**
 * Violence said in a frame rather than a single verb: a blow to someone's body part
 * ("break your jaw", "smash the Leader's nose in"), a weapon put to someone ("put a
 * bullet in him", "take a machete to her") and an injury as the outcome ("make sure he
 * ends up in hospital", "put them in hospital"). The body parts and weapons are WordNet's
 * (ADR 31) with a few everyday ones WordNet files elsewhere; a frame gives the
 * composition layer a VIOLENCE predicate, which still needs its target and mood.
 */
final class Frames implements Frame {

	private static final Set<String> BLOW_VERBS = Set.of("break", "breaks", "broke", "breaking", "crack", "cracked",
			"snap", "snapped", "bust", "busted", "split", "stamp", "stamped", "rearrange", "smash", "smashed", "kick",
			"kicked", "punch", "punched", "bash", "bashed", "knock", "knocked", "cave", "caved", "slash", "slashed",
			"stab", "stabbed", "gouge", "batter", "thump", "hit", "whack", "boot");

	/**
	 * Words that make a body part someone's: "your jaw", "the Leader's nose", "every
	 * bone".
	 */
	private static final Set<String> OWNERS = Set.of("his", "her", "your", "their", "its", "'s", "s'", "every", "yer");

	private static final Set<String> WIELDING_VERBS = Set.of("put", "putting", "stick", "sticking", "stuck", "take",
			"taking", "took", "plant", "planting", "pull", "pulling", "pulled", "shove", "shoving", "ram");

	/** Everyday things used as weapons, which WordNet files as tools or food. */
	static final Set<String> IMPROVISED = Set.of("knife", "knives", "blade", "blades", "bat", "bats", "brick", "bricks",
			"hammer", "hammers", "axe", "axes", "machete", "machetes", "crowbar", "acid", "cleaver", "baseball", "golf",
			"chainsaw");

	private static final Set<String> DRAGGING_VERBS = Set.of("drag", "dragged", "dragging", "haul", "hauled",
			"hauling");

	private static final Set<String> TOWARDS = Set.of("in", "into", "to", "on", "through", "at");

	private static final Set<String> ENDING_VERBS = Set.of("end", "ends", "ended", "ending", "wind", "winds", "land",
			"lands", "landed", "landing");

	private static final Set<String> SENDING_VERBS = Set.of("put", "puts", "putting", "send", "sends", "sending",
			"sent", "leave", "leaving", "left");

	private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "you", "'em", "yourself");

	private static final Set<String> OUTCOMES = Set.of("hospital", "wheelchair", "wheelchairs", "grave", "graves",
			"coffin", "coffins", "morgue", "mortuary", "intensive", "icu", "a&e", "hospitals", "ground");

	private final WordClass blowVerbs;

	private final WordClass owners;

	private final WordClass bodyParts;

	private final WordSet wordNetBodyParts;

	private final WordClass wieldingVerbs;

	private final WordClass improvised;

	private final WordSet wordNetWeapons;

	private final WordClass towards;

	private final WordClass endingVerbs;

	private final WordClass sendingVerbs;

	private final WordClass objectPronouns;

	private final WordClass outcomes;

	private final WordClass draggingVerbs;

	/** Every verb that starts a frame. */
	private final WordClass frameVerbs;

	Frames(Lexicons lexicons, Set<String> handBodyParts) {
		lexicons.readThrough(
				Stream.of(BLOW_VERBS, WIELDING_VERBS, IMPROVISED, ENDING_VERBS, SENDING_VERBS, OUTCOMES, DRAGGING_VERBS)
					.flatMap(Set::stream)
					.toList());
		this.blowVerbs = lexicons.rareClass("frame-blow-verbs", BLOW_VERBS);
		this.owners = lexicons.rareClass("frame-owners", OWNERS);
		this.bodyParts = lexicons.rareClass("body-parts", handBodyParts);
		this.wordNetBodyParts = lexicons.set("wordnet-body-parts");
		this.wieldingVerbs = lexicons.rareClass("frame-wielding-verbs", WIELDING_VERBS);
		this.improvised = lexicons.rareClass("frame-improvised-weapons", IMPROVISED);
		this.wordNetWeapons = lexicons.set("wordnet-weapons");
		this.towards = lexicons.rareClass("frame-towards", TOWARDS);
		this.endingVerbs = lexicons.rareClass("frame-ending-verbs", ENDING_VERBS);
		this.sendingVerbs = lexicons.rareClass("frame-sending-verbs", SENDING_VERBS);
		this.objectPronouns = lexicons.rareClass("frame-object-pronouns", OBJECT_PRONOUNS);
		this.outcomes = lexicons.rareClass("frame-outcomes", OUTCOMES);
		this.draggingVerbs = lexicons.rareClass("frame-dragging-verbs", DRAGGING_VERBS);
		this.frameVerbs = lexicons.wordClass("frame-verbs",
				Stream
					.of(BLOW_VERBS, WIELDING_VERBS, ENDING_VERBS, SENDING_VERBS, DRAGGING_VERBS,
							Set.of("pay", "paying", "paid"))
					.flatMap(Set::stream)
					.collect(java.util.stream.Collectors.toSet()));
	}

	@Override
	public boolean startsAt(Token t) {
		return this.frameVerbs.containsAnyForm(t);
	}

	@Override
	public void at(Analysis post, int from, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		if (this.blowVerbs.containsAnyForm(tokens.get(k))) {
			blow(tokens, k, to, found);
		}
		if (this.wieldingVerbs.containsAnyForm(tokens.get(k))) {
			weapon(tokens, k, to, found);
		}
		if (this.endingVerbs.containsAnyForm(tokens.get(k)) || this.sendingVerbs.containsAnyForm(tokens.get(k))) {
			outcome(tokens, k, to, found);
		}
		if (this.draggingVerbs.containsAnyForm(tokens.get(k))) {
			dragged(tokens, k, to, found);
		}
		if (tokens.get(k).is("pay", "paying", "paid")) {
			visit(tokens, k, to, found);
		}
	}

	/**
	 * A blow verb, an owner and a body part within nine words: "break your jaw", "break
	 * the Leader of the Council's legs".
	 */
	private void blow(List<Token> tokens, int k, int to, List<Predicate> found) {
		boolean owned = false;
		for (int j = k + 1; j <= to && j <= k + 9; j++) {
			Token t = tokens.get(j);
			owned |= this.owners.containsAnyForm(t);
			if (owned && (this.bodyParts.containsAnyForm(t) || this.wordNetBodyParts.match(tokens, j) > 0)) {
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

	/** A wielding verb, a weapon within three words and "in", "to" or "on" after it. */
	private void weapon(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j < to && j <= k + 3; j++) {
			if ((this.improvised.containsAnyForm(tokens.get(j)) || this.wordNetWeapons.match(tokens, j) > 0)
					&& this.towards.containsAnyForm(tokens.get(j + 1))) {
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j + 1));
				return;
			}
		}
	}

	/**
	 * A visit paid to someone, a veiled threat however the person is named ("pay Cllr
	 * Pearce a visit one of these nights"); "pay a visit to the surgery" is not one.
	 */
	private void visit(List<Token> tokens, int k, int to, List<Predicate> found) {
		if (k + 2 > to || tokens.get(k + 1).is("a", "an", "for", "back", "off", "out", "tribute")
				|| tokens.get(k + 1).is("the") && !someone(tokens, k + 2, to)) {
			return;
		}
		for (int j = k + 2; j <= to && j <= k + 7; j++) {
			if (tokens.get(j).is("surgery", "surgeries", "office", "stall", "meeting", "clinic")) {
				// "pay their surgery a visit": a visit to a councillor's work, not to
				// them
				return;
			}
			if (tokens.get(j).is("visit", "visits")) {
				if (!purposeAfter(tokens, j, to)) {
					found.add(new Predicate(Predicate.Kind.VEILED_THREAT, k, j));
				}
				return;
			}
		}
	}

	/** Whether a person or a role is named at a word or the next ("the Deputy Mayor"). */
	private static boolean someone(List<Token> tokens, int at, int to) {
		long marks = Marks.ROLE | Marks.PERSON | Marks.OFFICER;
		return tokens.get(at).has(marks) || at < to && tokens.get(at + 1).has(marks);
	}

	/**
	 * "... a visit to hand in the petition", "... about the potholes": a visit with a
	 * purpose.
	 */
	private static boolean purposeAfter(List<Token> tokens, int visit, int to) {
		for (int j = visit + 1; j <= to && j <= visit + 7; j++) {
			if (tokens.get(j).is("to", "about", "with", "during")) {
				return true;
			}
		}
		return false;
	}

	/** Someone dragged out or off by force: "drag them out", "haul him off the stage". */
	private void dragged(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 4; j++) {
			if (tokens.get(j).is("out", "off", "outside", "from", "into")) {
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

	/**
	 * Whether a clause ends at a word: "and" that does not join two names, "but", "so".
	 */
	private static boolean clauseEnds(List<Token> tokens, int j, int to) {
		return tokens.get(j).is("but", "because", "so")
				|| tokens.get(j).is("and") && !(j < to && tokens.get(j + 1).has(Marks.GROUP | Marks.TARGET));
	}

	/**
	 * Whether a person or a group is named at a word, or after a determiner or "ward
	 * councillor" there.
	 */
	private static boolean named(List<Token> tokens, int at, int to) {
		long marks = Marks.TARGET | Marks.GROUP | Marks.FIRST_NAME;
		for (int j = at; j <= to && j <= at + 4; j++) {
			if (tokens.get(j).has(marks) || tokens.get(j).capitalised()) {
				return true;
			}
			if (!tokens.get(j)
				.is("the", "every", "any", "all", "those", "these", "our", "that", "this", "ward", "councillor",
						"cllr")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * An injury as the outcome: "ends up in hospital" said of the target before it, or
	 * "put him in hospital", "put Muslims in the ground" with the one hurt between.
	 */
	private void outcome(List<Token> tokens, int k, int to, List<Predicate> found) {
		int width = 4;
		if (this.sendingVerbs.containsAnyForm(tokens.get(k))) {
			if (k == to || !this.objectPronouns.containsAnyForm(tokens.get(k + 1)) && !named(tokens, k + 1, to)) {
				return;
			}
			width = 9;
		}
		for (int j = k + 1; j <= to && j <= k + width && !clauseEnds(tokens, j, to); j++) {
			if (this.outcomes.containsAnyForm(tokens.get(j))) {
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

}
