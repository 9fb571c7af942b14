package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * Contempt said of a group in a frame of everyday words, for {@link Predicates}: worth
 * denied ("have added nothing of value", "never contributed anything", "never done a
 * day's work"), ability denied on a scale ("couldn't organise a raffle, never mind run
 * anything"), squalor ("will turn it into a pigsty"), a sign that shuts a group out ("No
 * Muslims.") and a service refused to it ("no landlord should be letting flats to ...",
 * "refuse to serve ..."). Each gives the composition layer a predicate that still needs
 * its target; a denial that belongs to the frame is inside the predicate, so it is not
 * read as negating it.
 */
final class GroupFrames implements Frame {

	private static final Set<String> GIVING = Set.of("add", "adds", "added", "contribute", "contributes", "contributed",
			"give", "gives", "given", "gave", "offer", "offers", "offered", "bring", "brings", "brought", "do", "does",
			"did", "done");

	/** What a group is said to have given: nothing, or not anything. */
	private static final Set<String> NOTHING = Set.of("nothing", "zero", "sod", "bugger", "naff", "nowt", "zilch");

	private static final Set<String> WORK = Set.of("work", "graft", "job", "shift");

	private static final Set<String> SERVING = Set.of("let", "letting", "rent", "renting", "sell", "selling", "serve",
			"serving", "hire", "hiring", "employ", "employing");

	/** Words after a verb of service that make it something else ("let down"). */
	private static final Set<String> NOT_SERVICE = Set.of("down", "off", "alone", "go", "us", "me", "enough", "more",
			"many", "sufficient", "out");

	private static final Set<String> REFUSING = Set.of("no", "n't", "not", "never", "stop", "refuse", "refused",
			"refusing", "ban", "banned");

	/** After a sign's group: nothing, or the words of a sign. */
	private static final Set<String> SIGN_ENDS = Set.of("allowed", "welcome", "wanted", "here", "served", "please",
			"thanks", "need");

	/** Places fallen into squalor: "will turn it into a pigsty". */
	private static final Set<String> SQUALOR = Set.of("pigsty", "slum", "slums", "dump", "tip", "shithole", "ghetto",
			"ghettos", "hellhole", "cesspit", "cesspool", "sewer", "no-go", "warzone", "dumping", "rubbish", "squat");

	private final WordClass squalor;

	private final WordClass giving;

	private final WordClass nothing;

	private final WordClass work;

	private final WordClass serving;

	private final WordClass notService;

	private final WordClass refusing;

	private final WordClass signEnds;

	private final WordClass starts;

	GroupFrames(Lexicons lexicons) {
		lexicons.readThrough(Stream.of(GIVING, NOTHING, WORK, SERVING, SQUALOR).flatMap(Set::stream).toList());
		this.squalor = lexicons.rareClass("group-squalor", SQUALOR);
		this.giving = lexicons.rareClass("group-giving", GIVING);
		this.nothing = lexicons.rareClass("group-nothing", NOTHING);
		this.work = lexicons.rareClass("group-work", WORK);
		this.serving = lexicons.rareClass("group-serving", SERVING);
		this.notService = lexicons.rareClass("group-not-service", NOT_SERVICE);
		this.refusing = lexicons.rareClass("group-refusing", REFUSING);
		this.signEnds = lexicons.rareClass("group-sign-ends", SIGN_ENDS);
		this.starts = Frame.starts(lexicons, "group-frame-starts", GIVING, SERVING,
				Set.of("no", "ca", "can", "could", "couldn't", "day", "'s", "turn", "turns", "turned", "turning",
						"worth", "name", "behind", "responsible"));
	}

	@Override
	public boolean startsAt(Token t) {
		return this.starts.contains(t);
	}

	@Override
	public void at(Analysis post, int from, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		Token t = tokens.get(k);
		if (this.giving.contains(t)) {
			worthDenied(post, k, to, found);
		}
		if (t.is("could", "can", "ca") && k < to && tokens.get(k + 1).is("n't", "not")) {
			abilityDenied(tokens, k, to, found);
		}
		int denial = denial(tokens, from, k, 10);
		if (t.is("day") && k + 2 <= to && tokens.get(k + 1).is("'s") && denial >= 0
				&& (this.work.contains(tokens.get(k + 2)) || k + 3 <= to && this.work.contains(tokens.get(k + 3)))) {
			found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, denial, k + 2));
		}
		if (t.is("no") && k < to && tokens.get(k + 1).has(Marks.GROUP) && sign(post, from, k, to)) {
			found.add(new Predicate(Predicate.Kind.EXCLUSION, k, k));
		}
		if (t.is("worth") && denial >= 0 && k - denial <= 3 && !(k < to && tokens.get(k + 1).is("less", "more"))) {
			// "have never been worth a penny": the denial is part of the frame
			found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, denial, k));
		}
		if (t.is("name") && k + 2 <= to && tokens.get(k + 1).is("one", "a", "anything")) {
			challenged(tokens, k, to, found);
		}
		if (t.is("turn", "turns", "turned", "turning")) {
			squalid(tokens, k, to, found);
		}
		boolean responsible = t.is("responsible") && k < to && tokens.get(k + 1).is("for");
		if ((t.is("behind") || responsible) && k > from && tokens.get(k - 1).is("are", "'re", "were", "is", "all")) {
			// "are behind most of the burglaries": crime said of the group
			crimesBehind(tokens, k, to, found);
		}
		if (this.serving.contains(t) && k < to && !this.notService.contains(tokens.get(k + 1))) {
			refused(tokens, from, k, to, found);
		}
	}

	/**
	 * "Added nothing", "contributed precisely nothing of value", "never given anything".
	 */
	private void worthDenied(Analysis post, int k, int to, List<Predicate> found) {
		List<Token> tokens = post.tokens();
		for (int j = k + 1; j <= to && j <= k + 3; j++) {
			Token t = tokens.get(j);
			if (this.nothing.contains(t) && !(j < to && tokens.get(j + 1).is("but", "else"))) {
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, k, j));
				return;
			}
			int denial = denial(tokens, Math.max(0, k - 3), k, 3);
			if (t.is("anything") && denial >= 0 && tokens.get(denial).sentence() == t.sentence()) {
				// the denial is part of the frame, so it does not negate it
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, denial, j));
				return;
			}
		}
	}

	/** What a group is said to be behind: crime in the plural. */
	private static void crimesBehind(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 5; j++) {
			if (tokens.get(j)
				.is("crime", "crimes", "burglaries", "thefts", "robberies", "muggings", "stabbings", "attacks",
						"break-ins", "vandalism", "drugs", "shoplifting", "fraud", "rapes", "assaults", "antisocial",
						"disorder")) {
				found.add(new Predicate(Predicate.Kind.TRAIT, k, j));
				return;
			}
		}
	}

	/**
	 * "Name one thing they have ever done for this town": a challenge that denies worth.
	 */
	private static void challenged(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 2; j <= to && j <= k + 8; j++) {
			if (tokens.get(j).is("ever", "done")) {
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, k, j));
				return;
			}
		}
	}

	/** "Will turn it into a pigsty", "turned the estate into a no-go area": squalor. */
	private void squalid(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j < to && j <= k + 5; j++) {
			if (tokens.get(j).is("into")) {
				for (int s = j + 1; s <= to && s <= j + 3; s++) {
					if (this.squalor.containsAnyForm(tokens.get(s))) {
						found.add(new Predicate(Predicate.Kind.TRAIT, k, s));
						return;
					}
				}
				return;
			}
		}
	}

	/**
	 * "Couldn't organise a raffle, never mind run anything": a scale of ability denied.
	 */
	private static void abilityDenied(List<Token> tokens, int k, int to, List<Predicate> found) {
		for (int j = k + 2; j < to && j <= k + 8; j++) {
			if (tokens.get(j).is("never") && tokens.get(j + 1).is("mind")
					|| tokens.get(j).is("let") && tokens.get(j + 1).is("alone")) {
				found.add(new Predicate(Predicate.Kind.NEGATED_PRAISE, k, j + 1));
				return;
			}
		}
	}

	/**
	 * A sign: "No" and a group that open a clause and end it, or are followed by the
	 * words of a sign ("no Muslims allowed", "No Travellers need apply").
	 */
	private boolean sign(Analysis post, int from, int k, int to) {
		List<Token> tokens = post.tokens();
		int end = k + 1;
		while (end < to && (tokens.get(end + 1).has(Marks.GROUP)
				|| tokens.get(end + 1).is("people", "folk", "families", "men", "women", "residents", "kids")
				|| tokens.get(end + 1).is("and", "or") && end + 1 < to && tokens.get(end + 2).has(Marks.GROUP))) {
			end++;
		}
		boolean opens = k == from || tokens.get(k - 1).is("sign", "saying", "says", "read", "reads")
				|| introduced(post.post().text(), tokens.get(k).start());
		return opens && (end == to || this.signEnds.contains(tokens.get(end + 1)));
	}

	/**
	 * A service refused: a refusal up to eight words before the verb ("no landlord should
	 * be letting flats to", "refuse to serve").
	 */
	private void refused(List<Token> tokens, int from, int k, int to, List<Predicate> found) {
		for (int j = k + 1; j <= to && j <= k + 4; j++) {
			if (this.notService.contains(tokens.get(j))) {
				return;
			}
		}
		for (int j = k - 1; j >= from && j >= k - 8; j--) {
			if (this.refusing.contains(tokens.get(j))) {
				found.add(Predicate.wide(Predicate.Kind.EXCLUSION, j, k));
				return;
			}
		}
	}

	/** The nearest denial up to {@code width} words before a word, or -1. */
	private static int denial(List<Token> tokens, int from, int k, int width) {
		for (int j = k - 1; j >= from && j >= k - width; j--) {
			if (tokens.get(j).is("never", "not", "n't", "no")) {
				return j;
			}
		}
		return -1;
	}

	/** Whether a colon or an opening quotation mark stands just before a position. */
	private static boolean introduced(String text, int at) {
		int i = at - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		return i >= 0 && ":\"'\u201c\u2018".indexOf(text.charAt(i)) >= 0;
	}

}
