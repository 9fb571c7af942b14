package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Veiled threats said in a frame, for {@link Predicates}: knowing someone's private life
 * ("we know what car you drive and what time you leave"), a consequence left unsaid
 * ("keep pushing it and see where you end up") and a warning about being alone or out at
 * night ("should be careful walking to their car at night"). The same forms pointing at
 * the ballot box, scrutiny or a complaint are lawful pressure, not threats ("see what
 * happens at the election in May"), and a warning about the street lights or the ice is
 * public safety; each frame gives a VEILED_THREAT predicate, which the composition layer
 * pairs with the person the sentence names.
 */
final class VeiledFrames implements Frame {

	private static final Set<String> KNOWING = Set.of("know", "knows", "knew", "clocked", "seen", "found", "noted");

	private static final Set<String> QUESTION_WORDS = Set.of("where", "what", "when", "which", "who");

	/** Words of a person's private life and routine. */
	private static final Set<String> PRIVATE_LIFE = Set.of("live", "lives", "drive", "drives", "car", "cars", "leave",
			"leaves", "park", "parks", "kids", "children", "school", "home", "walk", "walks", "house", "address",
			"route", "gym", "wife", "husband", "family", "daughter", "son", "sleep", "sleeps", "street", "door");

	private static final Set<String> SEEING = Set.of("see", "find", "watch", "wait");

	private static final Set<String> OUTCOMES = Set.of("happens", "happen", "end", "ends", "gets", "get", "gonna");

	private static final Set<String> CAUTIONING = Set.of("careful", "shoulder", "watch", "mind");

	/** What a harm to come is said to be: "shame if anything happened to it". */
	private static final Set<String> PITY = Set.of("shame", "pity", "awful", "terrible", "tragic", "tragedy", "sad",
			"want", "hate");

	/** Being alone or out in the dark. */
	private static final Set<String> EXPOSED = Set.of("night", "dark", "alone", "walking", "walk", "own", "car", "home",
			"nights");

	/**
	 * Words that point a consequence at lawful pressure or a warning at public safety.
	 */
	private static final Set<String> LAWFUL = Set.of("election", "elections", "ballot", "polls", "poll", "vote",
			"votes", "voters", "voting", "scrutiny", "complaint", "complaints", "standards", "ombudsman", "court",
			"courts", "audit", "auditors", "inquiry", "investigation", "petition", "press", "deselection", "deselected",
			"re-election", "reselection", "committee", "call-in", "lights", "streetlights", "lighting", "ice", "icy",
			"snow", "flooding", "floods", "fog", "roadworks", "potholes", "scam", "scams", "monitoring", "judicial",
			"review");

	private final WordClass knowing;

	private final WordClass questionWords;

	private final WordClass privateLife;

	private final WordClass seeing;

	private final WordClass outcomes;

	private final WordClass cautioning;

	private final WordClass exposed;

	private final WordClass lawful;

	private final WordClass pity;

	private final WordClass starts;

	VeiledFrames(Lexicons lexicons) {
		lexicons.readThrough(Stream.of(PRIVATE_LIFE, CAUTIONING, EXPOSED).flatMap(Set::stream).toList());
		this.knowing = lexicons.rareClass("veiled-knowing", KNOWING);
		this.questionWords = lexicons.rareClass("veiled-question-words", QUESTION_WORDS);
		this.privateLife = lexicons.rareClass("veiled-private-life", PRIVATE_LIFE);
		this.seeing = lexicons.rareClass("veiled-seeing", SEEING);
		this.outcomes = lexicons.rareClass("veiled-outcomes", OUTCOMES);
		this.cautioning = lexicons.rareClass("veiled-cautioning", CAUTIONING);
		this.exposed = lexicons.rareClass("veiled-exposed", EXPOSED);
		this.lawful = lexicons.rareClass("veiled-lawful", LAWFUL);
		this.pity = lexicons.rareClass("veiled-pity", PITY);
		this.starts = Frame.starts(lexicons, "veiled-frame-starts", KNOWING, SEEING, CAUTIONING, PITY);
	}

	@Override
	public boolean startsAt(Token t) {
		return this.starts.containsAnyForm(t);
	}

	@Override
	public void at(Analysis post, int from, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		Token t = tokens.get(k);
		int last = -1;
		if (this.knowing.containsAnyForm(t) && k > from) {
			last = known(tokens, k, to);
		}
		if (last < 0 && this.seeing.containsAnyForm(t)) {
			last = unsaid(tokens, k, to);
		}
		if (last < 0 && this.cautioning.containsAnyForm(t)) {
			last = within(tokens, k, to, this.exposed, 8);
		}
		if (last < 0 && this.pity.containsAnyForm(t)) {
			last = befallen(tokens, k, to);
		}
		if (last >= 0 && !lawful(post, from)) {
			found.add(new Predicate(Predicate.Kind.VEILED_THREAT, k, last));
		}
	}

	/**
	 * "Know where you live", "know what time she leaves": a question word, then her life;
	 * or "we know your car", "we know your kids' school".
	 */
	private int known(List<Token> tokens, int k, int to) {
		if (k < to && tokens.get(k + 1).is("your", "his", "her", "their")) {
			int j = within(tokens, k + 1, to, this.privateLife, 3);
			while (j >= 0 && j < to
					&& (this.privateLife.containsAnyForm(tokens.get(j + 1)) || tokens.get(j + 1).is("'s", "s'", "'"))) {
				j++;
			}
			// "we know your car.", not "we know your kids love the splash park"
			return j >= 0 && (j == to || tokens.get(j + 1).is("and", "too", "now", "mate", "then", "as", "so")) ? j
					: -1;
		}
		for (int j = k + 1; j <= to && j <= k + 2; j++) {
			if (this.questionWords.containsAnyForm(tokens.get(j))) {
				return within(tokens, j, to, this.privateLife, 6);
			}
		}
		return -1;
	}

	/**
	 * "Shame if anything happened to it", "wouldn't want anything to happen to him": a
	 * harm to come, left unnamed.
	 */
	private static int befallen(List<Token> tokens, int k, int to) {
		for (int j = k + 1; j < to && j <= k + 4; j++) {
			if (tokens.get(j).is("anything", "something")) {
				for (int h = j + 1; h <= to && h <= j + 4; h++) {
					if (tokens.get(h).is("happen", "happened", "happens", "happening")) {
						return h;
					}
				}
				return -1;
			}
		}
		return -1;
	}

	/** "See where you end up", "find out what happens", "wait and see what you get". */
	private int unsaid(List<Token> tokens, int k, int to) {
		for (int j = k + 1; j <= to && j <= k + 2; j++) {
			if (tokens.get(j).is("what", "where", "how")) {
				return within(tokens, j, to, this.outcomes, 4);
			}
		}
		return -1;
	}

	private static int within(List<Token> tokens, int k, int to, WordClass words, int width) {
		for (int j = k + 1; j <= to && j <= k + width; j++) {
			if (words.containsAnyForm(tokens.get(j))) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Whether the sentence, or the one after it, points at lawful pressure or safety (up
	 * to 80 words on).
	 */
	private boolean lawful(Analysis post, int from) {
		List<Token> tokens = post.tokens();
		int sentence = tokens.get(from).sentence();
		post.steps().add(80);
		for (int j = from; j < tokens.size() && j < from + 80 && tokens.get(j).sentence() <= sentence + 1; j++) {
			if (this.lawful.containsAnyForm(tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

}
