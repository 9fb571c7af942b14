package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Injuries said with everyday words, for {@link Predicates}: the way someone leaves ("in
 * an ambulance", "on a stretcher", "with a black eye", "with a bloody nose"), someone
 * maimed ("never walks again"), a window or a door "put in", and someone "put through a
 * window". The way someone leaves is a wide head, read only where the injury ends its
 * phrase: "with the ambulance crews" is not one.
 */
final class InjuryFrames implements Frame {

	/** Where the injured end up, or what they leave with. */
	private static final Set<String> INJURIES = Set.of("ambulance", "ambulances", "stretcher", "stretchers", "crutches",
			"neckbrace", "bandages", "plaster", "splint", "drip");

	/** A hurt part of the body, with the word that says it is hurt before it. */
	private static final Set<String> HURT = Set.of("black", "bloody", "broken", "busted", "split", "fat", "thick");

	private static final Set<String> HURT_PARTS = Set.of("eye", "eyes", "nose", "jaw", "lip", "lips", "arm", "arms",
			"leg", "legs", "ribs", "head", "face");

	/**
	 * Words that may follow an injury that ends its phrase ("... in an ambulance and").
	 */
	private static final String[] PHRASE_ENDS = { "and", "or", "but", "if", "after", "before", "when", "then", "again",
			"tonight", "mate", "for", "by", "next", "soon", "this", "i", "you", "lads" };

	/**
	 * What a window or a door is "put in" by: "put their windows in", "kick the glass
	 * in".
	 */
	private static final Set<String> BREAKING_IN = Set.of("put", "kick", "kicked", "smash", "stove", "bash", "cave");

	private static final Set<String> PANES = Set.of("window", "windows", "door", "doors", "glass", "windscreen",
			"windscreens", "screen", "panes");

	/** What someone is thrown through: "put him through a window". */
	private static final Set<String> THROWING = Set.of("put", "throw", "threw", "thrown", "chuck", "chucked", "lob",
			"push", "shove", "boot");

	private final WordClass injuries;

	private final WordClass hurt;

	private final WordClass hurtParts;

	private final WordClass breakingIn;

	private final WordClass panes;

	private final WordClass throwing;

	/** Every word that starts a frame. */
	private final WordClass starts;

	InjuryFrames(Lexicons lexicons) {
		lexicons.readThrough(Stream.of(INJURIES, PANES).flatMap(Set::stream).toList());
		this.injuries = lexicons.rareClass("injury-injuries", INJURIES);
		this.hurt = lexicons.rareClass("injury-hurt", HURT);
		this.hurtParts = lexicons.rareClass("injury-hurt-parts", HURT_PARTS);
		this.breakingIn = lexicons.rareClass("injury-breaking-in", BREAKING_IN);
		this.panes = lexicons.rareClass("injury-panes", PANES);
		this.throwing = lexicons.rareClass("injury-throwing", THROWING);
		this.starts = Frame.starts(lexicons, "injury-frame-starts", BREAKING_IN, THROWING,
				Set.of("in", "on", "with", "into", "walk", "walks", "walking"));
	}

	@Override
	public boolean startsAt(Token t) {
		return this.starts.containsAnyForm(t);
	}

	@Override
	public void at(Analysis post, int from, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		Token t = tokens.get(k);
		if (t.is("in", "on", "with", "into")) {
			injured(tokens, k, to, found);
		}
		if (t.is("walk", "walks", "walking")) {
			maimed(tokens, k, to, found);
		}
		if (this.breakingIn.containsAnyForm(t)) {
			brokenIn(tokens, k, to, found);
		}
		if (this.throwing.containsAnyForm(t)) {
			thrownThrough(tokens, k, to, found);
		}
	}

	/** "Leaving in an ambulance", "on a stretcher", "going home with a bloody nose". */
	private void injured(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 3; j++) {
			Token t = tokens.get(j);
			boolean hurtPart = this.hurtParts.containsAnyForm(t) && this.hurt.containsAnyForm(tokens.get(j - 1));
			if (this.injuries.containsAnyForm(t) || hurtPart) {
				if (j == to || tokens.get(j + 1).is(PHRASE_ENDS)) {
					found.add(Predicate.wide(Predicate.Kind.VIOLENCE, k, j));
				}
				return;
			}
		}
	}

	/**
	 * "Never walks again", "can't walk into that chamber again": the denial is part of
	 * the frame.
	 */
	private static void maimed(List<Token> tokens, int k, int to, List<Predicate> found) {
		int denial = -1;
		for (int j = k - 1; j >= 0 && j >= k - 3 && tokens.get(j).sentence() == tokens.get(k).sentence(); j--) {
			if (tokens.get(j).is("never", "n't", "not")) {
				denial = j;
				break;
			}
		}
		for (int j = k + 1; denial >= 0 && j <= to && j <= k + 6; j++) {
			if (tokens.get(j).is("again")) {
				found.add(Predicate.wide(Predicate.Kind.VIOLENCE, denial, j));
				return;
			}
		}
	}

	/** "Put their windows in", "kick the glass in". */
	private void brokenIn(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j < to && j <= k + 4; j++) {
			if (this.panes.containsAnyForm(tokens.get(j)) && tokens.get(j + 1).is("in")) {
				found.add(Predicate.wide(Predicate.Kind.DAMAGE, k, j + 1));
				return;
			}
		}
	}

	/** "Put him through a window": someone named, then "through" and a pane or a wall. */
	private void thrownThrough(List<Token> tokens, int k, int to, List<Predicate> found) {
		boolean someone = false;
		for (int j = k + 1; j < to && j <= k + 6; j++) {
			if (tokens.get(j).is("through") && someone) {
				for (int p = j + 1; p <= to && p <= j + 3; p++) {
					if (this.panes.containsAnyForm(tokens.get(p)) || tokens.get(p).is("wall", "table", "floor")) {
						found.add(new Predicate(Predicate.Kind.VIOLENCE, k, p));
						return;
					}
				}
				return;
			}
			someone |= tokens.get(j).has(Marks.TARGET | Marks.GROUP) || tokens.get(j).is("them", "'em")
					|| tokens.get(j).capitalised();
		}
	}

}
