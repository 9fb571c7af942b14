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
 * Threats said with everyday words in a frame, for {@link Predicates}: a weapon or a tool
 * carried ("I'll be waiting with a baseball bat", "bring some spray paint"), a missile
 * through a window or at someone ("a brick through their window"), a blow someone will
 * get or deserves ("are going to get a smack in the mouth"), someone made to suffer
 * ("make them bleed", "make them regret it"), someone followed home, and someone "sorted
 * out" (only with the person or group between the two words: "sort out the potholes" is
 * casework). The carried weapon, the missile and the blow to come are wide heads: their
 * target may stand anywhere in the sentence ("... with a bat for any Muslims who walk
 * past").
 */
final class ThreatFrames implements Frame {

	private static final Set<String> CARRYING = Set.of("with", "bring", "grab", "take", "carrying", "armed", "tooled");

	/** Tools of criminal damage, as distinct from weapons. */
	private static final Set<String> TOOLS = Set.of("spray", "cutters", "crowbar", "crowbars", "petrol", "lighter",
			"lighters", "matches", "sledgehammer", "sledgehammers", "grinder", "paint", "stripper", "hacksaw");

	/** Things thrown: "a brick through the window", "eggs at the Leader". */
	private static final Set<String> MISSILES = Set.of("brick", "bricks", "stone", "stones", "rock", "rocks", "bottle",
			"bottles", "firework", "fireworks", "molotov", "petrol", "egg", "eggs", "paving", "slab", "slabs");

	/** Words before "bat" or "club" that make it sport, not a weapon. */
	private static final Set<String> SPORT = Set.of("cricket", "rounders", "tennis", "golfing", "softball", "match",
			"matches", "game", "games", "innings", "nets", "practice", "training", "tournament", "league", "golf");

	private static final Set<String> RECEIVING = Set.of("get", "gets", "getting", "got", "deserve", "deserves",
			"deserved", "need", "needs", "due", "earned", "owed", "want", "wants", "wanted");

	private static final Set<String> BLOWS = Set.of("kicking", "beating", "slap", "slapping", "hiding", "thrashing",
			"smack", "punch", "battering", "kick", "clip", "pasting", "leathering", "belting", "whack", "thump",
			"hammering", "doing", "shoeing", "kneecapping", "bullet", "bullets", "knife", "stabbing", "glassing");

	private static final Set<String> MAKING = Set.of("make", "made", "making", "makes");

	/** What someone is made to do that only harm brings about. */
	private static final Set<String> SUFFERING = Set.of("bleed", "suffer", "regret", "beg", "scream", "squeal", "weep",
			"limp", "grovel");

	private static final Set<String> FOLLOWING = Set.of("follow", "follows", "followed", "following", "trail",
			"trailed", "tail");

	private final WordClass carrying;

	private final WordClass tools;

	private final WordClass missiles;

	private final WordClass sport;

	private final WordClass receiving;

	private final WordClass blows;

	private final WordClass making;

	private final WordClass suffering;

	private final WordClass following;

	private final WordClass homes;

	private final WordClass wipedOut;

	private final WordClass huntedDown;

	private final WordClass nextWeek;

	private final WordClass weapons;

	private final WordSet wordNetWeapons;

	/** Every word that starts a frame. */
	private final WordClass starts;

	ThreatFrames(Lexicons lexicons, Set<String> weapons) {
		lexicons.readThrough(Stream.of(TOOLS, MISSILES, RECEIVING, BLOWS, MAKING, SUFFERING, FOLLOWING)
			.flatMap(Set::stream)
			.toList());
		this.carrying = lexicons.rareClass("threat-carrying", CARRYING);
		this.tools = lexicons.rareClass("threat-tools", TOOLS);
		this.missiles = lexicons.rareClass("threat-missiles", MISSILES);
		this.sport = lexicons.rareClass("threat-sport", SPORT);
		this.receiving = lexicons.rareClass("threat-receiving", RECEIVING);
		this.blows = lexicons.rareClass("threat-blows", BLOWS);
		this.making = lexicons.rareClass("threat-making", MAKING);
		this.suffering = lexicons.rareClass("threat-suffering", SUFFERING);
		this.following = lexicons.rareClass("threat-following", FOLLOWING);
		this.wipedOut = lexicons.rareClass("threat-wiped-out", Set.of("face", "map", "out"));
		this.huntedDown = lexicons.rareClass("threat-hunted-down", Set.of("down"));
		this.nextWeek = lexicons.rareClass("threat-next-week", Set.of("week", "kingdom"));
		this.homes = lexicons.rareClass("threat-homes", Set.of("home", "house", "houses", "homes"));
		this.weapons = lexicons.rareClass("frame-improvised-weapons", weapons);
		this.wordNetWeapons = lexicons.set("wordnet-weapons");
		this.starts = Frame.starts(lexicons, "threat-frame-starts", CARRYING, MISSILES, RECEIVING, MAKING, FOLLOWING,
				Set.of("sort", "sorted", "sorting", "do", "does", "rough", "roughed", "roughs", "knock", "knocked",
						"knocks", "teach", "taught", "teaching", "teaches", "wipe", "wiped", "wiping", "hunt", "hunted",
						"hunting"));
	}

	@Override
	public boolean startsAt(Token t) {
		return this.starts.containsAnyForm(t);
	}

	@Override
	public void at(Analysis post, int from, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		Token t = tokens.get(k);
		if (this.carrying.containsAnyForm(t)) {
			carried(post, k, to, found);
		}
		if (this.missiles.containsAnyForm(t)) {
			thrown(tokens, k, to, found);
		}
		if (this.receiving.containsAnyForm(t)) {
			completed(tokens, k, to, this.blows, 4, Predicate.Kind.VIOLENCE, true, found);
		}
		if (this.making.containsAnyForm(t)) {
			completed(tokens, k, to, this.suffering, 5, Predicate.Kind.VIOLENCE, false, found);
			wished(tokens, k, to, found);
		}
		if (this.following.containsAnyForm(t)) {
			completed(tokens, k, to, this.homes, 8, Predicate.Kind.HOUNDING, false, found);
		}
		if (t.is("sort", "sorted", "sorting", "do", "does", "rough", "roughed", "roughs", "knock", "knocked",
				"knocks")) {
			// "sort them out", "do him over", "rough her up", "knock him out"
			sorted(tokens, k, to, found);
		}
		if (t.is("teach", "taught", "teaching", "teaches")) {
			taught(tokens, k, to, found);
		}
		if (t.is("wipe", "wiped", "wiping")) {
			// "wipe them off the face of this town", "wipe them out"
			completed(tokens, k, to, this.wipedOut, 5, Predicate.Kind.VIOLENCE, false, found);
		}
		if (t.is("hunt", "hunted", "hunting")) {
			completed(tokens, k, to, this.huntedDown, 4, Predicate.Kind.VIOLENCE, false, found);
		}
		if (t.is("knock", "knocked", "knocks")) {
			// "knock them into next week"
			completed(tokens, k, to, this.nextWeek, 5, Predicate.Kind.VIOLENCE, false, found);
		}
	}

	/**
	 * A weapon or a tool up to five words after a word of carrying ("with a baseball
	 * bat", "bring some spray paint and a hammer").
	 */
	private void carried(Analysis post, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		for (int j = k + 1; j <= to && j <= k + 5; j++) {
			Token t = tokens.get(j);
			if (this.tools.containsAnyForm(t)) {
				found.add(Predicate.wide(Predicate.Kind.DAMAGE, k, j));
				return;
			}
			boolean weapon = this.weapons.containsAnyForm(t) || this.wordNetWeapons.match(tokens, j) > 0;
			if (weapon && sporting(tokens, j)) {
				// judged to be sport: that reading stands (ADR 35)
				post.composed();
				return;
			}
			if (weapon) {
				found.add(Predicate.wide(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

	/**
	 * Whether a bat or a club is sport: a word of sport before it in its sentence ("at
	 * the cricket club with a bat for the charity match").
	 */
	private boolean sporting(List<Token> tokens, int j) {
		int sentence = tokens.get(j).sentence();
		for (int k = j - 1; k >= 0 && k >= j - 20 && tokens.get(k).sentence() == sentence; k--) {
			if (this.sport.containsAnyForm(tokens.get(k))) {
				return true;
			}
		}
		for (int k = j + 1; k < tokens.size() && k <= j + 12 && tokens.get(k).sentence() == sentence; k++) {
			if (this.sport.containsAnyForm(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/** A missile "through" something (damage) or "at" someone (violence). */
	private static void thrown(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 2; j++) {
			if (tokens.get(j).is("through", "thru", "into")) {
				found.add(Predicate.wide(Predicate.Kind.DAMAGE, k, j));
				return;
			}
			if (tokens.get(j).is("at")) {
				found.add(Predicate.wide(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

	/** A word and, up to {@code width} words on, the word that completes the frame. */
	private static void completed(List<Token> tokens, int k, int to, WordClass completions, int width,
			Predicate.Kind kind, boolean wide, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + width; j++) {
			if (completions.containsAnyForm(tokens.get(j))) {
				found.add(new Predicate(kind, k, j, false, wide));
				return;
			}
		}
	}

	/** "Make them wish they'd never come here", "... wish they were dead". */
	private static void wished(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 5; j++) {
			if (tokens.get(j).is("wish")) {
				for (int n = j + 1; n <= to && n <= j + 4; n++) {
					if (tokens.get(n).is("never", "dead", "born")) {
						found.add(new Predicate(Predicate.Kind.VIOLENCE, k, n));
						return;
					}
				}
				return;
			}
		}
	}

	/**
	 * "Teach them a lesson", "taught them some manners": a threat, unless the lesson is
	 * at the ballot box ("teach the Leader a lesson in May's election").
	 */
	private static void taught(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 6; j++) {
			if (tokens.get(j).is("lesson", "lessons", "manners", "respect")) {
				for (int e = k; e <= to; e++) {
					if (tokens.get(e)
						.is("election", "elections", "ballot", "polls", "vote", "votes", "voters", "box")) {
						return;
					}
				}
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
		}
	}

	/** "Sort them out", "sort the planning officer out": a person or group between. */
	private static void sorted(List<Token> tokens, int k, int to, List<Predicate> found) {
		String[] particles = tokens.get(k).is("sort", "sorted", "sorting") ? new String[] { "out" }
				: new String[] { "over", "up", "out" };
		boolean someone = false;
		for (int j = k + 1; j <= to && j <= k + 6; j++) {
			if (tokens.get(j).is(particles) && someone) {
				found.add(new Predicate(Predicate.Kind.VIOLENCE, k, j));
				return;
			}
			someone |= tokens.get(j).has(Marks.TARGET | Marks.GROUP) || tokens.get(j).is("them", "'em");
		}
	}

}
