package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordSet;

/**
 * Hostility, dehumanising language or stereotypes about people with any of the nine
 * protected characteristics, and slurs. Naming a faith, an identity or a community
 * respectfully is not flagged: a group word needs a hostile word said of it, and a
 * sentence that condemns what it reports ("the claim that ... is an antisemitic lie") is
 * passed over, as in the composition layer.
 */
final class DiscriminationRule implements Rule {

	static final String LAW = "The Equality Act 2010 protects people from discrimination and harassment because of age, "
			+ "disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, "
			+ "religion or belief, sex and sexual orientation, and the council must have due regard to equality "
			+ "(the public sector equality duty); the Code of Conduct forbids Members to discriminate.";

	static final String ADVICE = "Remove language that generalises about, belittles or excludes a group; discuss the "
			+ "policy issue without blaming people for who they are.";

	private static final String FILLER = "a|an|the|all|just|so|such|nothing|but|really|very|too|total|complete|absolute"
			+ "|utter|bloody|fucking|being|basically|simply|like|mostly|often|always|clearly|obviously|more|filthy|dirty"
			+ "|lazy|little|dirty|disgusting|thieving|sneaky|nasty|vile|scrounging|benefit|mere|literally|frankly";

	private static final String PATTERNS = """
			hostile: %GROUP ~2 should|must|deserve_to|deserves_to|ought_to|need_to|needs_to ~2 die|be_killed|be_put_down|be_gassed|be_exterminated|be_wiped_out|be_shot|be_sterilised|be_rounded_up|rot|starve|drown|be_drowned|burn
			hostile: filthy|dirty|stinking|smelly|bogus|scrounging|thieving|subhuman|savage|feral|disgusting|vile|parasitic|bloody ~1 %GROUP
			exclude: %GROUP ~3 go_home|go_back_home|should_go_back|must_go_back|should_be_sent_back|should_leave|must_leave|get_out|out_out
			exclude: go|get|send|sent|going ~1 back_to|home_to ~2 country|countries|africa|pakistan|india|poland|romania|jungle|caves
			exclude: %GROUP ~2 should|must|need_to|ought_to ~1 be ~1 banned|kicked_out|thrown_out|moved_on|sent_back|removed|barred|kept_out
			stereotype: %GROUP ~2 always|all|only ~2 look_after_their_own|stick_together|vote_for_their_own|cheat|lie|steal|complain|moan|scrounge|whinge
			stereotype: typical|typically ~2 %GROUP
			exclude: too_many ~1 %GROUP ~8 we_'re_full|we_are_full|full_up|swamped|overrun|enough_is_enough
			stereotype: only ~4 because ~3 %GROUP|black|gay|female|muslim|jewish|asian|disabled|trans
			exclude: where_you_came_from|where_they_came_from|where_you_belong|where_they_belong
			exclude: no|ban|keep ~1 %GROUP ~1 out|allowed|welcome|please
			exclude: do|does ~1 n't|not ~1 want ~2 %GROUP ~2 here|in_our|round_here|in_this|near_us|on_our|anywhere_near|near_our|near_the|living_near|moving_in
			stereotype: %GROUP ~1 ca|can|should|are|is|cannot ~1 n't|not|never ~2 be_trusted|lead|be_councillors|be_councillor|be_in_charge|do_the_job|think|do_maths|be_leaders|be_in_politics
			stereotype: %GROUP ~2 belong|should_stay|stay ~3 kitchen|sink|cooking
			stereotype: %GROUP ~2 control|controls|run|runs|own|owns ~2 the_media|the_banks|everything|the_world|the_council|this_country
			stereotype: hysterical|shrill|hormonal ~1 woman|women|female|females|girls|wife|wives
			aged: too ~1 old|emotional|hormonal ~2 to|for ~3 job|lead|understand|councillor|politics|role|be|serve|know
			stereotype: coffin_dodger|coffin_dodgers|ok_boomer|old_codger|old_codgers|old_duffer|old_biddy|senile_old|wrinklies|geriatrics|men_in_dresses|man_in_a_dress|pretending_to_be_a_woman|pretending_to_be_a_man|gay_agenda|the_gays|the_blacks|the_pakis|illegals
			stereotype: over|aged_over ~1 sixty|seventy|eighty|60|65|70|75|80 ~6 no_business|past_it|should_retire|should_step_aside|should_make_way|have_had_their_day|has_had_their_day
			stereotype: not_a_job_for|no_job_for|not_a_role_for|no_role_for|not_a_place_for ~1 women|mothers|mums|a_woman|a_mother|a_mum|pensioners|old_people|the_elderly|disabled_people|the_disabled|a_disabled_person|gay_people|foreigners|immigrants|muslims|a_muslim|jews|a_jew|black_people|trans_people
			stereotype: pregnant|pregnancy|maternity|menopausal|menopause ~6 useless|liability|burden|waste|hormonal|unreliable|drain
			stereotype: disabled|disability|wheelchair|autistic|deaf|blind ~2 should|shouldn't|should_not ~2 stay_at_home|be_kept|be_hidden|be_locked_away
			"""
		.replace("FILL", FILLER);

	private final Patterns patterns;

	private final WordSet slurs;

	private final SlursAboutSex slursAboutSex;

	private final Modality modality;

	DiscriminationRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
		this.slurs = lexicons.set("slurs");
		this.slursAboutSex = new SlursAboutSex(lexicons);
		this.modality = new Modality(lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		boolean hostile = false;
		List<Span> personal = new ArrayList<>();
		SentenceMarks people = new SentenceMarks(Marks.PERSON | Marks.PRONOUN | Marks.YOU | Marks.ROLE);
		post.steps().add(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			int length = this.slurs.match(tokens, i);
			if (length > 0 && !post.reported(i, i + length - 1)) {
				evidence.add(post.span(i, i + length - 1));
				hostile = true;
			}
		}
		List<Span> aimed = this.slursAboutSex.aimed(post);
		int sentence = -1;
		boolean condemned = false;
		for (Match match : this.patterns.find(tokens, post.steps())) {
			if (tokens.get(match.first()).sentence() != sentence) {
				sentence = tokens.get(match.first()).sentence();
				int[] bounds = post.sentenceBounds(sentence);
				condemned = this.modality.condemns(post, bounds[0], bounds[1]);
			}
			if (condemned || post.reported(match.first(), match.last())
					|| (post.negated(match.last())
							&& !(post.negates(match.first(), match.last()) && negating(match.pattern())))
					|| quotedAndCondemning(post, match)) {
				continue;
			}
			if ((match.tag().equals("aged") || match.pattern().startsWith("send"))
					&& !post.sentenceHas(tokens.get(match.first()).sentence(),
							match.tag().equals("aged") ? Marks.TARGET : Marks.GROUP)) {
				continue;
			}
			evidence.add(post.span(match));
			hostile |= !match.tag().equals("stereotype") && !match.tag().equals("aged");
			if (!match.tag().equals("hostile") && !match.tag().equals("exclude")
					&& people.outside(post, match.first(), match.last())) {
				personal.add(post.span(match));
			}
			post.offend(0.65);
		}
		if (!evidence.isEmpty()) {
			findings.add(Category.DISCRIMINATION, hostile ? Severity.HIGH_RISK : Severity.CAUTION, evidence,
					"shows hostility towards, dehumanises or stereotypes people because of a protected characteristic",
					LAW, ADVICE);
		}
		if (!aimed.isEmpty()) {
			findings.add(Category.DISCRIMINATION, Severity.CAUTION, aimed,
					"aims a slur about sex at someone, which is harassment related to sex (Equality Act 2010 s.26)",
					LAW, ADVICE);
		}
		if (!personal.isEmpty()) {
			findings.add(Category.DISRESPECT, Severity.CAUTION, personal,
					"belittles a person because of a protected characteristic", DisrespectRule.LAW,
					DisrespectRule.ADVICE);
		}
	}

	/**
	 * Whether a pattern has a denial of its own ("can't lead", "no business"), so that a
	 * denial inside its match is its evidence; a denial that a gap of the pattern took in
	 * ("pregnant women aren't a burden") negates it.
	 */
	private static boolean negating(String pattern) {
		return pattern.contains("n't") || pattern.contains("not") || pattern.contains("never")
				|| pattern.contains("no_") || pattern.contains("|no|") || pattern.startsWith("no|");
	}

	private static boolean quotedAndCondemning(Analysis post, Match match) {
		return post.tokens().get(match.first()).quoted() && post.reported(match.first(), match.last());
	}

}
