package org.membercomms.checker.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.Span;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;

/**
 * A post as the rules see it: the original, its words, what the recognisers found, the
 * context, and a running offensive score.
 */
public final class Analysis {

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nobody", "none", "nor", "hardly",
			"isnt", "wasnt", "arent", "dont", "doesnt", "didnt", "cannot", "without");

	private static final Set<String> REPORTING_VERBS = Set.of("called", "calling", "call", "calls", "branded",
			"labelled", "labeled", "named", "dubbed");

	private static final Set<String> CONDEMNATION = Set.of("received", "receive", "receiving", "abuse", "abusive",
			"unacceptable", "reported", "condemn", "condemned", "intimidated", "trolls", "trolling", "vile",
			"appalling", "disgraceful", "sent", "messages", "message", "emails", "email", "comments", "letters",
			"letter", "hate", "shameful", "shocking", "sickening", "targeted", "threats", "threatening", "tolerate",
			"tolerated", "place", "stop", "police", "words", "language", "slur", "slurs", "insult", "insults", "wrote",
			"writes", "said", "says", "saying", "told", "tells", "shouted", "commented", "comment", "posted", "tweeted",
			"claimed", "claims", "accused", "accusing", "untrue", "false", "lies", "called", "calling", "labelled",
			"branded", "replied", "reply", "responded", "someone", "anonymous", "troll");

	private final Post post;

	private final Context context;

	private final PostText text;

	private final List<Entity> entities;

	private final Lexicons lexicons;

	private final Function<String, EarlierPost> earlier;

	private double[] offensive = new double[8];

	private int offences;

	private Boolean condemning;

	/**
	 * Whether the author endorses what the post reports (see {@link Reporting#endorses}).
	 */
	private Boolean endorsed;

	/**
	 * Whether the composition layer read a listed word as said of a target, whether it
	 * flagged it or passed it over (negated, reported, condemned).
	 */
	private boolean composed;

	private final WordClass negations;

	private final WordClass reportingVerbs;

	private final WordClass condemnation;

	/**
	 * Registers the word lists the analysis tests words against (while the checker is
	 * built, before any post is annotated).
	 * @param lexicons the lexicons
	 */
	static void register(Lexicons lexicons) {
		lexicons.wordClass("negations", NEGATIONS);
		lexicons.wordClass("reporting-verbs", REPORTING_VERBS);
		lexicons.wordClass("condemnation", CONDEMNATION);
	}

	Analysis(Post post, Context context, PostText text, List<Entity> entities, Lexicons lexicons,
			Function<String, EarlierPost> earlier) {
		this.post = post;
		this.context = context;
		this.text = text;
		this.entities = entities;
		this.lexicons = lexicons;
		this.earlier = earlier;
		this.negations = WordClass.of(lexicons, "negations", NEGATIONS);
		this.reportingVerbs = WordClass.of(lexicons, "reporting-verbs", REPORTING_VERBS);
		this.condemnation = WordClass.of(lexicons, "condemnation", CONDEMNATION);
	}

	/**
	 * Analyses a post for the rules.
	 * @param post the post
	 * @param context its context
	 * @param text its words, marked by the recognisers
	 * @param entities what the recognisers found
	 * @param lexicons the lexicons
	 * @param earlier how to check an earlier post of the author's (empty context)
	 * @return the analysis
	 */
	public static Analysis of(Post post, Context context, PostText text, List<Entity> entities, Lexicons lexicons,
			Function<String, EarlierPost> earlier) {
		return new Analysis(post, context, text, entities, lexicons, earlier);
	}

	public Post post() {
		return this.post;
	}

	public Context context() {
		return this.context;
	}

	public PostText text() {
		return this.text;
	}

	public List<Token> tokens() {
		return this.text.tokens();
	}

	public List<Entity> entities() {
		return this.entities;
	}

	/**
	 * @return the check's counter of steps, which the rules add their loops to
	 */
	public Steps steps() {
		return this.text.steps();
	}

	public Lexicons lexicons() {
		return this.lexicons;
	}

	/**
	 * Checks an earlier post of the author's with an empty context.
	 * @param earlierPost its text
	 * @return its report and words
	 */
	public EarlierPost checkEarlier(String earlierPost) {
		return this.earlier.apply(earlierPost);
	}

	/**
	 * Adds to the offensive score.
	 * @param weight how offensive one piece of evidence is, 0 to 1
	 */
	public void offend(double weight) {
		if (this.offences == this.offensive.length) {
			this.offensive = Arrays.copyOf(this.offensive, this.offences * 2);
		}
		this.offensive[this.offences++] = weight;
	}

	/**
	 * @return the offensive score, 0 to 1
	 */
	public double offensive() {
		double notOffensive = 1.0;
		for (int i = 0; i < this.offences; i++) {
			double w = this.offensive[i];
			notOffensive *= 1.0 - Math.max(0.0, Math.min(1.0, w));
		}
		return 1.0 - notOffensive;
	}

	/**
	 * The original text a match covers.
	 * @param match a pattern match
	 * @return its span
	 */
	public Span span(Match match) {
		return span(match.first(), match.last());
	}

	/**
	 * The original text from one word to another.
	 * @param first first word
	 * @param last last word
	 * @return the span
	 */
	public Span span(int first, int last) {
		return new Span(tokens().get(first).start(), tokens().get(last).end());
	}

	/**
	 * Whether a word is negated by one of the three words before it in its sentence.
	 * @param at the word
	 * @return true after not, never, n't and the like
	 */
	public boolean negated(int at) {
		List<Token> tokens = tokens();
		int sentence = tokens.get(at).sentence();
		steps().add(3);
		for (int k = at - 1; k >= 0 && k >= at - 3 && tokens.get(k).sentence() == sentence; k--) {
			if (this.negations.contains(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a negation is itself part of the evidence ("can't lead", "not welcome").
	 * @param first first word of the evidence
	 * @param last last word of the evidence
	 * @return true when a negation stands inside it
	 */
	public boolean negates(int first, int last) {
		steps().add(last - first + 1);
		for (int k = first; k <= last; k++) {
			if (this.negations.contains(tokens().get(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether words are reported rather than said: quoted in a post that condemns abuse,
	 * or introduced by "called me", "branded us" and the like.
	 * @param first first word of the evidence
	 * @param last last word of the evidence
	 * @return true when the author is quoting or reporting abuse, not giving it
	 */
	public boolean reported(int first, int last) {
		List<Token> tokens = tokens();
		if (tokens.get(last).quoted() && condemning()) {
			return true;
		}
		int sentence = tokens.get(first).sentence();
		steps().add(6);
		for (int k = first - 1; k >= 0 && k >= first - 6 && tokens.get(k).sentence() == sentence; k--) {
			Token t = tokens.get(k);
			if (this.reportingVerbs.contains(t) && !(k > 0 && tokens.get(k - 1).is("so"))) {
				boolean byAuthor = k > 0 && tokens.get(k - 1).is("i", "we")
						&& !(k + 1 < tokens.size() && tokens.get(k + 1).is("me", "us"));
				boolean command = k == 0 || tokens.get(k - 1).sentence() != sentence;
				return !byAuthor && !command;
			}
		}
		return false;
	}

	/**
	 * @return whether the author endorses what the post reports, or null before it is
	 * read
	 */
	Boolean endorsed() {
		return this.endorsed;
	}

	void endorsed(boolean endorsed) {
		this.endorsed = endorsed;
	}

	void composed() {
		this.composed = true;
	}

	boolean isComposed() {
		return this.composed;
	}

	private boolean condemning() {
		if (this.condemning == null) {
			steps().add(tokens().size());
			boolean found = false;
			for (Token t : tokens()) {
				if (!t.quoted() && this.condemnation.contains(t)) {
					found = true;
					break;
				}
			}
			this.condemning = found;
		}
		return this.condemning;
	}

	/**
	 * Whether any word of a sentence carries one of the marks.
	 * @param sentence the sentence
	 * @param marks marks
	 * @return true if one does
	 */
	public boolean sentenceHas(int sentence, long marks) {
		index();
		return (this.sentenceMarks[sentence] & marks) != 0;
	}

	/**
	 * The first and last word of a sentence.
	 * @param sentence the sentence
	 * @return {first, last} word indexes, or null when the sentence has no words
	 */
	public int[] sentenceBounds(int sentence) {
		index();
		return this.sentenceFirst[sentence] < 0 ? null
				: new int[] { this.sentenceFirst[sentence], this.sentenceLast[sentence] };
	}

	private long[] sentenceMarks;

	private int[] sentenceFirst;

	private int[] sentenceLast;

	private void index() {
		if (this.sentenceMarks != null) {
			return;
		}
		int count = Math.max(1, this.text.sentences());
		long[] marks = new long[count];
		int[] first = new int[count];
		int[] last = new int[count];
		Arrays.fill(first, -1);
		List<Token> tokens = tokens();
		steps().add(count + tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			int s = t.sentence();
			marks[s] |= t.marks();
			if (first[s] < 0) {
				first[s] = i;
			}
			last[s] = i;
		}
		this.sentenceFirst = first;
		this.sentenceLast = last;
		this.sentenceMarks = marks;
	}

	/**
	 * The word at a char offset of the original text, or the next one after it.
	 * @param offset an offset in the original text
	 * @return a word index, or -1 when there is none
	 */
	public int tokenAt(int offset) {
		List<Token> tokens = tokens();
		int lo = 0;
		int hi = tokens.size() - 1;
		int found = -1;
		while (lo <= hi) {
			steps().one();
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).end() <= offset) {
				lo = mid + 1;
			}
			else {
				found = mid;
				hi = mid - 1;
			}
		}
		return found;
	}

}
