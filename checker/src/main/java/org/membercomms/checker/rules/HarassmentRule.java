package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.recognise.Entity;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;

/**
 * Threats aimed at a person, stalking (saying where someone lives or goes), and a course
 * of conduct: the same person targeted again after earlier hostile posts (needs the
 * author's earlier posts in the context).
 */
final class HarassmentRule implements Rule {

	static final String LAW = "The Protection from Harassment Act 1997 makes a course of conduct that causes alarm or "
			+ "distress an offence (two incidents can be enough), and putting someone in fear of violence a more "
			+ "serious one; a single threat can itself be a crime.";

	static final String ADVICE = "Do not post this. If you have a genuine concern about someone's conduct, raise it "
			+ "through the proper channel (the Monitoring Officer, the police); never say where someone lives or "
			+ "goes, and stop posting about someone who has asked you to.";

	private static final String OBJECT = "you|him|her|them|your|his|their|%PERSON";

	private static final String PATTERNS = """
			threat: i|we ~3 ruin|destroy|finish|bury|hunt|track ~1 you|yourself
			threat: watch_your_back|you'll_regret|you_'ll_regret|you_will_regret|you_'ll_be_sorry|you_will_be_sorry|your_days_are_numbered|you_will_pay|you_'ll_pay|you_are_dead|you_'re_dead|dead_man_walking|you_'re_finished|you_are_finished|sleep_with_one_eye_open|accidents_happen|looking_over_your_shoulder|coming_for_you|come_for_you|coming_after_you|come_after_you|pay_you_a_visit|pay_him_a_visit|pay_her_a_visit|make_your_life_hell|make_his_life_hell|make_her_life_hell|make_your_life_a_misery|make_his_life_a_misery|make_her_life_a_misery|make_you_pay|make_him_pay|make_her_pay|teach_you_a_lesson|teach_him_a_lesson|teach_her_a_lesson|sort_you_out|sort_him_out|sort_her_out|hunt_you_down|track_you_down|be_waiting_for_you|something_happens_to_you|something_bad_will_happen|shame_if_something_happened|get_what's_coming|get_what_'s_coming|gets_what_'s_coming|you'll_get_yours|you_'ll_get_yours|kill_yourself|kys|i_'ll_find_you|we_'ll_find_you|i_will_find_you
			threat: people_who_cross_me|anyone_who_crosses_me|those_who_cross_me|people_who_cross_us|anyone_who_crosses_us|nobody_crosses_me|no_one_crosses_me|what_happens_to_people_who
			threat: hope|hoping|wish|pray ~1 %TARGET|you|he|she|they ~2 die|dies|dead|rot|rots|burn|burns|suffer|suffers|get_cancer|gets_cancer|get_run_over|gets_run_over|get_hurt|gets_hurt|drop_dead|drops_dead|choke|chokes|gets_what_'s_coming
			threat: your_card_is_marked|your_card_'s_marked|card_is_marked|a_marked_man|a_marked_woman|marked_man|marked_woman
			stalk: watching|outside|following|staking_out|staking ~2 %PERSON|his|her|your|their ~1 's? house|home|place|flat|car|family|kids|children|door
			threat: drop_dead|go_and_die|go_die|die_in_a_fire|rot_in_hell
			stalk: know|knows ~1 where ~1 you|he|she|they|%PERSON ~1 live|lives|living|sleep|sleeps|park|parks|drink|drinks|work|works|go|goes|shop|shops|train|trains
			known: i|we ~1 know|knows ~2 you|he|she|%PERSON ~1 walk|walks|jog|jogs|run|runs|drive|drives|leave|leaves|go|goes|cycle|cycles|park|parks|take|takes|get|gets ~8 every_morning|every_evening|every_night|every_day|each_morning|each_evening|each_night|every_weekend|every_weekday
			stalk: know|knows ~1 where|which|what ~1 your|his|her|their ~1 kids|children|child|son|daughter|wife|husband|partner|family|mum|mother|school|car ~2 go|goes|live|lives|is|are|park|parks|attend|attends
			stalk: know|knows ~1 where|which|what ~1 gym|school|pub|church|club|shop|route|car|house|street|road|bus|time|times ~2 %TARGET|he|she|you|they ~2 go|goes|drink|drinks|use|uses|take|takes|park|parks|live|lives|attend|attends|drives|walks|leave|leaves|arrive|arrives
			stalk: know|knows ~1 your|his|her|their ~1 daughter|son|kids|children|wife|husband|partner|family|mum|dad|kid ~2 go|goes|attends|works|lives|walks|plays|drives
			threat: make_sure|ensure|see_to_it ~3 %TARGET|he|she|you ~2 never|not|n't ~1 feels|feel|is|be|are ~1 safe
			stalk: my ~1 second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|umpteenth|nth|latest ~1 post|tweet|message|email|letter ~2 about|to|on ~1 %PERSON|him|her
			stalk: i_'ll_be|i_will_be|we_'ll_be|we_will_be|i_'m_going_to_be ~2 outside|at ~2 %PERSON|his|her|your ~1 's? house|home|office|door|work|surgery|doorstep
			threat: better ~6 or_face_the_consequences|or_there_'ll_be_trouble|or_you_'ll_regret_it|or_you_'ll_be_sorry|or_you_'ll_find_out|or_you_will_find_out|or_you_'ll_see_what_happens|or_suffer_the_consequences
			known: got|have|found|know|'ve_got ~1 your|his|her|their ~1 home_address|home_phone|home_number|home_postcode
			stalk: we_are_watching_you|we_'re_watching_you|i_'m_watching_you|i_am_watching_you|we_'ve_got_our_eye_on_you|we_'ll_be_watching_you
			stalk: been|was|were|keep|kept ~1 watching|following ~1 you|him|her|your|his
			stalk: followed|follow|following ~1 you|him|her|%PERSON ~1 home|to_work|to_school|around
			stalk: outside|at|on ~1 your|his|her ~1 house|home|door|doorstep|front_door|place|flat ~3 every|tonight|tomorrow|again|waiting|watching
			stalk: saw|seen|spotted ~1 you|him|her|%PERSON ~3 outside|leaving|entering|at_home|at_your|at_his|at_her
			lives: %TARGET ~3 lives|living|lived|live ~1 at|on
			"""
		.replace("OBJECT", OBJECT);

	private final Patterns patterns;

	HarassmentRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		boolean threat = false;
		Addresses addresses = null;
		for (Match match : this.patterns.find(tokens, post.steps())) {
			post.steps().add(6 + match.last() - match.first());
			if (post.reported(match.first(), match.last()) || negatedOnce(post, match.first())
					|| (match.first() > 0 && post.tokens().get(match.first() - 1).is("when", "if", "until", "till"))) {
				continue;
			}
			if (match.tag().equals("lives")) {
				if (addresses == null) {
					addresses = new Addresses(post);
				}
				if (!addresses.near(post.tokens().get(match.last()).end())) {
					continue;
				}
			}
			else if (quotedAndCondemned(post, match)) {
				continue;
			}
			else if (match.tag().equals("known")
					&& !post.sentenceHas(post.tokens().get(match.first()).sentence(), Marks.PERSON)) {
				continue;
			}
			evidence.add(post.span(match));
			threat |= match.tag().equals("threat");
		}
		if (!evidence.isEmpty()) {
			post.offend(threat ? 0.6 : 0.3);
			findings.add(Category.HARASSMENT, threat ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
					threat ? "threatens someone" : "says where someone lives or goes, which can feel like stalking",
					LAW, ADVICE);
		}
		courseOfConduct(post, findings);
	}

	/**
	 * "I don't know where he lives" is negated; "don't think we don't know where you
	 * live" is not.
	 */
	private static boolean negatedOnce(Analysis post, int at) {
		List<Token> tokens = post.tokens();
		int sentence = tokens.get(at).sentence();
		int negations = 0;
		for (int k = at - 1; k >= 0 && k >= at - 6 && tokens.get(k).sentence() == sentence; k--) {
			if (tokens.get(k).is("not", "n't", "never", "no")) {
				negations++;
			}
		}
		return negations % 2 == 1;
	}

	private static boolean quotedAndCondemned(Analysis post, Match match) {
		return post.tokens().get(match.first()).quoted() && post.reported(match.first(), match.last());
	}

	/**
	 * Where the addresses and postcodes of a post start, in order, so that whether one
	 * follows a match is a binary search rather than a pass over every entity (issue 16).
	 */
	private static final class Addresses {

		private final int[] starts;

		private final Steps steps;

		Addresses(Analysis post) {
			this.steps = post.steps();
			this.steps.add(post.entities().size());
			this.starts = post.entities()
				.stream()
				.filter((e) -> e.kind() == Entity.Kind.ADDRESS || e.kind() == Entity.Kind.POSTCODE)
				.mapToInt(Entity::start)
				.sorted()
				.toArray();
		}

		/**
		 * @param end where a match ends in the original text
		 * @return whether an address or postcode starts within 12 chars after it
		 */
		boolean near(int end) {
			int lo = 0;
			int hi = this.starts.length;
			while (lo < hi) {
				this.steps.one();
				int mid = (lo + hi) >>> 1;
				if (this.starts[mid] < end) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return lo < this.starts.length && this.starts[lo] - end <= 12;
		}

	}

	private static final Set<org.membercomms.checker.Category> HOSTILE = Set.of(Category.DEFAMATION,
			Category.HARASSMENT, Category.DISRESPECT, Category.MALICIOUS_COMMUNICATION, Category.INCITEMENT,
			Category.DISCRIMINATION);

	private static void courseOfConduct(Analysis post, Findings findings) {
		List<String> earlier = post.context().earlierPosts();
		if (earlier.isEmpty()) {
			return;
		}
		Set<String> targets = names(post.tokens());
		if (targets.isEmpty()) {
			return;
		}
		post.steps().add(post.tokens().size());
		boolean hostileNow = false;
		for (Category c : HOSTILE) {
			hostileNow |= findings.has(c);
		}
		int hostileBefore = 0;
		for (String text : earlier.subList(0, Math.min(20, earlier.size()))) {
			EarlierPost checked = post.checkEarlier(text);
			boolean hostile = checked.report().categories().stream().anyMatch(HOSTILE::contains);
			if (hostile && overlaps(targets, names(checked.words()))) {
				hostileBefore++;
			}
		}
		if ((hostileNow && hostileBefore >= 1) || hostileBefore >= 2) {
			List<Span> spans = new ArrayList<>();
			for (Token t : post.tokens()) {
				if (t.has(Marks.PERSON) && !t.has(Marks.FIRST_NAME)
						|| t.has(Marks.PERSON) && targets.contains(t.norm())) {
					spans.add(new Span(t.start(), t.end()));
				}
			}
			findings.add(Category.HARASSMENT, hostileNow ? Severity.HIGH_RISK : Severity.CAUTION, spans,
					"targets the same person again after " + hostileBefore + " earlier hostile post"
							+ (hostileBefore == 1 ? "" : "s") + " of yours, which can amount to a course of conduct",
					LAW, ADVICE);
		}
	}

	private static final Set<String> TITLES = Set.of("cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "sir",
			"dame", "lord", "lady", "rev", "prof");

	private static Set<String> names(List<Token> tokens) {
		Set<String> names = new HashSet<>();
		for (Token t : tokens) {
			if (t.has(Marks.PERSON) && !TITLES.contains(t.norm())) {
				names.add(t.norm());
			}
		}
		return names;
	}

	private static boolean overlaps(Set<String> a, Set<String> b) {
		for (String name : a) {
			if (b.contains(name)) {
				return true;
			}
		}
		return false;
	}

}
