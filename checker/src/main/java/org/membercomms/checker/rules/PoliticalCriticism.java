package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordSet;

/**
 * Tells robust political criticism from a personal attack, for the respect rule. A match
 * is criticism when its target is a politician (a councillor, the Leader, a Cabinet
 * member, an MP, a candidate) and every word it judges them by is a judgment of their
 * conduct ("hypocrite", "incompetent", "a disgrace"), not an insult of the person
 * ("idiot", "fat"); or when it calls for a senior officer (a director, the Chief
 * Executive, a head of service) to be sacked or to go. It has a basis when its sentence,
 * or a next sentence that goes on about them ("She voted ..."), gives the facts the
 * judgment rests on ("... : he voted to close it", "over the damp report"). One for each
 * check of one post.
 */
final class PoliticalCriticism {

	/** Words that judge what someone has done in office, not who they are. */
	private static final Set<String> JUDGMENTS = Set.of("hypocrite", "hypocrites", "disgrace", "embarrassment",
			"liability", "shambles", "laughing stock", "puppet", "puppets", "useless", "incompetent", "clueless",
			"inept", "feckless", "shameless", "spineless", "gutless", "pathetic", "most useless", "most incompetent",
			"most pathetic", "joke", "coward", "cowards", "cowardly");

	/** Roles that hold political office. */
	private static final Set<String> POLITICIANS = Set.of("leader", "mayor", "councillor", "councillors", "cllr",
			"cllrs", "mp", "mps", "candidate", "candidates", "opponent", "opponents", "chairman", "chairwoman",
			"chairperson", "chair", "cabinet", "member", "members", "portfolio", "holder", "holders", "executive",
			"minister", "ministers");

	/** Officers who make decisions the public can hold them to account for. */
	private static final Set<String> SENIOR = Set.of("chief", "executive", "exec", "ceo", "director", "directors",
			"head");

	/** Calls for someone to leave office. */
	private static final Set<String> ACCOUNTABLE = Set.of("sack", "sacked", "fire", "fired", "ashamed", "rid", "kick",
			"kicked", "boot", "booted");

	/** Words for the person themselves: "a pathetic little man" judges the person. */
	private static final Set<String> PEOPLE = Set.of("man", "woman", "bloke", "boy", "girl", "creature", "specimen",
			"individual", "person", "fella", "guy", "lady");

	/** How many words after a match are read for more judgments and for their basis. */
	private static final int AFTER = 10;

	/** Words after a judgment that introduce what it rests on. */
	private static final Set<String> BECAUSE = Set.of("because", "over", "after", "for", "since", "when", "given",
			"by");

	/**
	 * Words of a record: what a politician or officer did, which a judgment can rest on.
	 */
	private static final Set<String> RECORD = Set.of("voted", "vote", "votes", "voting", "promised", "promise",
			"promises", "pledged", "pledge", "closed", "close", "closing", "cut", "cuts", "cutting", "spent",
			"spending", "wasted", "approved", "refused", "rejected", "scrapped", "failed", "broke", "broken", "ignored",
			"delayed", "missed", "overspent", "overspend", "campaigned", "backed", "opposed", "lost", "sold", "signed",
			"report", "decision", "handling", "record", "years", "months", "deadline", "budget", "budgets", "rating",
			"inspection", "ombudsman", "contract");

	private static final long PERSON_NOT_POLITICIAN = Marks.OFFICER | Marks.PRIVATE_PERSON;

	private final Analysis post;

	private final List<WordSet> lexicon;

	private final SentenceWords recordHere = new SentenceWords(RECORD);

	private final SentenceWords recordNext = new SentenceWords(RECORD);

	private boolean officerJudged;

	private int firstPolitician = -2;

	private int firstOther;

	/**
	 * @param post the post
	 * @param lexicon the insult lexicons, whose words a judgment is read from
	 */
	PoliticalCriticism(Analysis post, List<WordSet> lexicon) {
		this.post = post;
		this.lexicon = lexicon;
	}

	/**
	 * @param match a match of the respect rule
	 * @return whether it criticises a politician's conduct or calls a senior officer to
	 * account, rather than attacking a person
	 */
	boolean covers(Match match) {
		if (match.tag().equals("belittle")) {
			return callsToAccount(match);
		}
		if (!(match.tag().equals("said") || match.tag().equals("adjective")) || !onlyJudgments(match)) {
			return false;
		}
		if (aboutPolitician(match)) {
			return true;
		}
		if (aboutSeniorOfficer(match) && based(match)) {
			this.officerJudged = true;
			return true;
		}
		return false;
	}

	/**
	 * @return whether a covered match judged a senior officer's conduct (with its basis):
	 * allowed, but officers cannot answer back, so it is worth a second look
	 */
	boolean officerJudged() {
		return this.officerJudged;
	}

	/**
	 * @param match a match that {@link #covers} criticism
	 * @return whether the post gives the facts the judgment rests on
	 */
	boolean based(Match match) {
		List<Token> tokens = this.post.tokens();
		int sentence = tokens.get(match.last()).sentence();
		int end = Math.min(tokens.size(), match.last() + AFTER + 1);
		this.post.steps().add(end - match.last());
		int k = match.last() + 1;
		for (; k < end && tokens.get(k).sentence() == sentence; k++) {
			if (BECAUSE.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		// "is a hypocrite: he promised ...", "is incompetent - 400 families ..."
		String text = this.post.post().text();
		int to = tokens.get(k - 1).end();
		this.post.steps().add(to - tokens.get(match.last()).end());
		for (int at = tokens.get(match.last()).end(); at < to; at++) {
			char c = text.charAt(at);
			if (c == ':' || c == '\u2013' || c == '\u2014' || (c == '-' && at > 0 && text.charAt(at - 1) == ' ')) {
				return true;
			}
		}
		return this.recordHere.in(this.post, sentence)
				|| (aboutThemNext(sentence) && this.recordNext.in(this.post, sentence + 1));
	}

	/** Whether the next sentence goes on about the same person ("She voted ..."). */
	private boolean aboutThemNext(int sentence) {
		if (sentence + 1 >= this.post.text().sentences()) {
			return false;
		}
		int[] next = this.post.sentenceBounds(sentence + 1);
		return next != null && this.post.tokens().get(next[0]).is("he", "she", "they", "his", "her", "their");
	}

	private boolean callsToAccount(Match match) {
		List<Token> tokens = this.post.tokens();
		boolean accountable = false;
		for (int k = match.first(); k <= match.last(); k++) {
			accountable |= ACCOUNTABLE.contains(tokens.get(k).norm());
		}
		return accountable && aboutSeniorOfficer(match) && based(match);
	}

	private boolean aboutSeniorOfficer(Match match) {
		List<Token> tokens = this.post.tokens();
		boolean senior = false;
		for (int k = roleStart(match); k <= match.last(); k++) {
			Token t = tokens.get(k);
			if (t.has(Marks.PRIVATE_PERSON | Marks.GROUP)) {
				return false;
			}
			senior |= t.has(Marks.OFFICER) && SENIOR.contains(t.norm());
		}
		return senior;
	}

	/**
	 * Where the match starts, or the start of the role whose tail it starts in ("Housing
	 * is incompetent" in "the Executive Member for Housing is incompetent").
	 */
	private int roleStart(Match match) {
		List<Token> tokens = this.post.tokens();
		int k = match.first();
		while (k > 0 && tokens.get(k).has(Marks.ROLE) && tokens.get(k - 1).has(Marks.ROLE)
				&& tokens.get(k - 1).sentence() == tokens.get(k).sentence()) {
			this.post.steps().one();
			k--;
		}
		return k;
	}

	private boolean aboutPolitician(Match match) {
		List<Token> tokens = this.post.tokens();
		for (int k = roleStart(match); k <= match.last(); k++) {
			Token t = tokens.get(k);
			if (t.has(PERSON_NOT_POLITICIAN) || t.has(Marks.GROUP)) {
				return false;
			}
			if (t.has(Marks.COUNCILLOR) || (t.has(Marks.ROLE) && POLITICIANS.contains(t.norm()))) {
				return true;
			}
			if (t.has(Marks.YOU)) {
				// "You're a hypocrite, Cllr Hobbs: ..."
				return this.post.sentenceHas(t.sentence(), Marks.COUNCILLOR) || pronounForPolitician(k);
			}
			if (t.has(Marks.PRONOUN)) {
				return pronounForPolitician(k);
			}
		}
		return false;
	}

	/**
	 * "he", "she", "they" after a politician and before any officer or private person.
	 */
	private boolean pronounForPolitician(int at) {
		if (this.firstPolitician == -2) {
			List<Token> tokens = this.post.tokens();
			this.post.steps().add(tokens.size());
			this.firstPolitician = -1;
			this.firstOther = Integer.MAX_VALUE;
			for (int k = 0; k < tokens.size(); k++) {
				Token t = tokens.get(k);
				if (this.firstPolitician < 0
						&& (t.has(Marks.COUNCILLOR) || (t.has(Marks.ROLE) && POLITICIANS.contains(t.norm())))) {
					this.firstPolitician = k;
				}
				if (this.firstOther == Integer.MAX_VALUE && t.has(PERSON_NOT_POLITICIAN)) {
					this.firstOther = k;
				}
			}
		}
		return this.firstPolitician >= 0 && this.firstPolitician < at && this.firstOther > at;
	}

	/**
	 * Whether every word of the lexicons in the match, and in the few words after it in
	 * its sentence ("a hypocrite and a coward"), is a judgment of conduct.
	 */
	private boolean onlyJudgments(Match match) {
		List<Token> tokens = this.post.tokens();
		int sentence = tokens.get(match.first()).sentence();
		int last = Math.min(tokens.size() - 1, match.last() + AFTER);
		while (tokens.get(last).sentence() != sentence) {
			last--;
		}
		boolean judged = false;
		int k = match.first();
		while (k <= last) {
			this.post.steps().one();
			int length = 0;
			for (WordSet set : this.lexicon) {
				length = Math.max(length, set.match(tokens, k));
			}
			if (length == 0) {
				if (PEOPLE.contains(tokens.get(k).norm())) {
					return false;
				}
				k++;
				continue;
			}
			if (!JUDGMENTS.contains(phrase(tokens, k, length))) {
				return false;
			}
			judged = true;
			k += length;
		}
		return judged;
	}

	private static String phrase(List<Token> tokens, int at, int length) {
		StringBuilder out = new StringBuilder(tokens.get(at).norm());
		for (int k = 1; k < length; k++) {
			out.append(' ').append(tokens.get(at + k).norm());
		}
		return out.toString();
	}

}
