package org.membercomms.checker;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.offensive.OffensiveModel;
import org.membercomms.checker.offensive.OffensiveRule;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.recognise.Identifiers;
import org.membercomms.checker.recognise.PhoneNumbers;
import org.membercomms.checker.recognise.Recogniser;
import org.membercomms.checker.recognise.References;
import org.membercomms.checker.rules.Analysis;
import org.membercomms.checker.rules.EarlierPost;
import org.membercomms.checker.rules.Findings;
import org.membercomms.checker.rules.HostilityModel;
import org.membercomms.checker.rules.HostilityRule;
import org.membercomms.checker.rules.Rule;
import org.membercomms.checker.rules.Rules;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.PostText;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.WordSet;

/**
 * The front door of the checker: checks a draft post and reports the legal and Code of
 * Conduct risks it carries. Create one with {@link #create()} (it loads the lexicons,
 * well under a second) and share it: it is immutable and thread-safe.
 */
public final class PostChecker {

	private final Lexicons lexicons;

	private final List<Rule> rules;

	/** Every recogniser, in the order their entities are listed. */
	private final List<Recogniser> recognisers;

	private final References references;

	private final WordSet profanity;

	private final WordSet slurs;

	private final WordSet insults;

	private final OffensiveRule offensive;

	private final HostilityRule hostility;

	private PostChecker(Lexicons lexicons, OffensiveModel model, HostilityModel hostility) {
		this.lexicons = lexicons;
		this.hostility = Rules.hostility(lexicons, hostility);
		this.rules = Rules.all(lexicons, this.hostility);
		this.references = new References(lexicons);
		this.recognisers = List.of(new PhoneNumbers(), Identifiers.emails(), Identifiers.postcodes(),
				Identifiers.niNumbers(), Identifiers.nhsNumbers(), Identifiers.vehicleRegistrations(),
				Identifiers.datesOfBirth(), Identifiers.addresses());
		this.profanity = lexicons.set("profanity");
		this.slurs = lexicons.set("slurs");
		this.insults = lexicons.set("insults");
		this.offensive = new OffensiveRule(model);
	}

	/**
	 * Loads the lexicons, rules and the offensive-language model.
	 * @return a ready checker
	 */
	public static PostChecker create() {
		return create(OffensiveModel.load());
	}

	/**
	 * Loads the lexicons and rules, with another offensive-language model (as
	 * {@code train} does to measure a new one).
	 * @param model the model
	 * @return a ready checker
	 */
	public static PostChecker create(OffensiveModel model) {
		return create(model, HostilityModel.load());
	}

	/**
	 * Loads the lexicons and rules, with other models (as {@code fit-hostility} does to
	 * measure a new learned reading).
	 * @param model the offensive-language model
	 * @param hostility the learned reading
	 * @return a ready checker
	 */
	public static PostChecker create(OffensiveModel model, HostilityModel hostility) {
		return new PostChecker(Lexicons.load(), model, hostility);
	}

	/**
	 * The features the learned reading sees in a text with no context: what
	 * {@code fit-hostility} fits a new reading on.
	 * @param text a text
	 * @return the features' names, in order
	 */
	public List<String> hostilityFeatures(String text) {
		return this.hostility.features(analysis(Post.of(text), Context.empty(), new Steps()));
	}

	/**
	 * Checks a post of text alone with no context, as {@code classify} does.
	 * @param text the post's text
	 * @return the report
	 */
	public Report check(String text) {
		return check(Post.of(text), Context.empty());
	}

	/**
	 * Checks a draft post.
	 * @param post the post
	 * @param context what is known about it (every field optional)
	 * @return the report: verdict, findings and offensive score
	 */
	public Report check(Post post, Context context) {
		return analyse(post, context == null ? Context.empty() : context, new Steps()).report();
	}

	/**
	 * Checks a draft post as {@link #check(Post, Context)} does, and says how many steps
	 * the check took (for the tests that bound the work per char of a post).
	 * @param post the post
	 * @param context what is known about it
	 * @return the report and the steps
	 */
	Counted checkCounting(Post post, Context context) {
		Steps steps = new Steps();
		Report report = analyse(post, context == null ? Context.empty() : context, steps).report();
		return new Counted(report, steps.taken());
	}

	/**
	 * A report and the steps the check took to write it.
	 *
	 * @param report the report
	 * @param steps the steps counted
	 */
	record Counted(Report report, long steps) {
	}

	private EarlierPost analyse(Post post, Context context, Steps steps) {
		Analysis analysis = analysis(post, context, steps);
		PostText words = analysis.text();
		Findings findings = new Findings();
		for (Rule rule : this.rules) {
			rule.check(analysis, findings);
		}
		double offensive = this.offensive.check(analysis, findings);
		List<Finding> list = findings.list(steps);
		Verdict verdict = Verdict.CLEAR;
		for (Finding finding : list) {
			verdict = verdict.orWorse(finding.severity().verdict());
		}
		return new EarlierPost(new Report(verdict, list, offensive), words.tokens());
	}

	private Analysis analysis(Post post, Context context, Steps steps) {
		String text = post.text();
		PostText words = PostText.of(text,
				(w) -> this.profanity.contains(w) || this.slurs.contains(w) || this.insults.contains(w), this.lexicons,
				steps);
		this.lexicons.annotate(words.tokens(), steps);
		List<Entity> entities = new ArrayList<>(this.references.mark(words));
		recognise(this.recognisers, text, entities, steps);
		return Analysis.of(post, context, words, entities, this.lexicons,
				(earlier) -> analyse(Post.of(earlier), Context.empty(), steps));
	}

	/**
	 * Runs the recognisers over a text, in order, passing over those that
	 * {@link Recogniser#needsDigit() need a digit} when it has no ASCII digit.
	 * @param recognisers the recognisers
	 * @param text the original text
	 * @param entities where to add what they find
	 */
	static void recognise(List<Recogniser> recognisers, String text, List<Entity> entities) {
		recognise(recognisers, text, entities, new Steps());
	}

	private static void recognise(List<Recogniser> recognisers, String text, List<Entity> entities, Steps steps) {
		boolean digit = hasDigit(text);
		steps.add(text.length());
		for (Recogniser recogniser : recognisers) {
			if (digit || !recogniser.needsDigit()) {
				entities.addAll(recogniser.find(text, steps));
			}
		}
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

}
