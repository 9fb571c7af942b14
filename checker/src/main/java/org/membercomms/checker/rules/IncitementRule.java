package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Patterns;
import org.membercomms.checker.text.Patterns.Match;
import org.membercomms.checker.text.Token;

/**
 * Urging others to commit crime, violence, criminal damage or intimidation. Also flags
 * HARASSMENT when a specific person is the target. Figurative uses ("let's smash our
 * fundraising target", "kill the bill") are not flagged: the object must be a person or
 * property.
 */
final class IncitementRule implements Rule {

	static final String LAW = "Encouraging or assisting others to commit an offence is itself an offence under sections "
			+ "44 to 46 of the Serious Crime Act 2007, and stirring up violence or fear of violence is an offence "
			+ "under the Public Order Act 1986.";

	static final String ADVICE = "Never call for violence, damage or intimidation, even as a joke; encourage people to "
			+ "object, petition, vote or contact the council instead.";

	private static final String VIOLENT = "smash|smash_up|torch|burn|burn_down|firebomb|petrol_bomb|vandalise|vandalize"
			+ "|trash|wreck|attack|batter|punch|stab|shoot|kill|hang|lynch|string_up|brick|egg|key|slash|spray_paint"
			+ "|graffiti|deface|break|throw_bricks_at|throw_stones_at|storm|intimidate|harass|hunt_down|dox|doxx"
			+ "|beat_up|kick_in|kneecap|bottle|glass|knife|set_fire_to|put_through|rip_down|tear_down|pull_down"
			+ "|scare|frighten|threaten|terrorise|terrorize|hound|menace|let_down|puncture|throw_eggs_at|throw_paint_at|throw_stones_at|throw_bricks_at";

	private static final String OBJECT = "window|windows|house|houses|home|homes|car|cars|office|offices|tyres|tires"
			+ "|face|head|door|doors|him|her|them|place|building|buildings|shop|shops|mosque|mosques|church|churches"
			+ "|synagogue|synagogues|temple|gurdwara|hotel|hotels|chamber|property|van|surgery|premises|headquarters"
			+ "|hq|statue|camera|cameras|barriers|bollards|machines|signs|lot|the_lot|vehicles|offices|council_offices"
			+ "|town_hall|%PERSON|%OFFICER|%GROUP|caravans|camp|mast|masts|lorries|lorry|buses|bus|trucks|truck|depot|library|school|station|police_station|councillors|car_park|hostel|hostels|flats|mosque|shelter";

	private static final String PATTERNS = """
			urge: let_'s|lets|let_us ~2 VIOLENT ~3 OBJECT
			urge: go|get ~1 round|down|over|there ~6 and ~1 VIOLENT
			urge: someone|somebody|people|everyone|we|you ~1 should|needs_to|need_to|must|ought_to|gotta|got_to|could ~1 put ~3 in_hospital|in_a_wheelchair|six_feet_under|in_the_ground|in_a_coffin|in_the_morgue
			urge: few|some|couple_of ~1 broken_windows|smashed_windows|bricks|fires|burning_cars|broken_noses ~3 will|would|might|could ~1 make|get|help|wake|change|teach|sort
			urge: find_out|track_down|look_up ~1 where ~3 lives|live ~3 and ~3 pay|visit|see|sort|teach|give|show
			urge: burn|raze ~4 to_the_ground
			urge: go_and|go_out_and|get_out_and|go_on_and|get_down_there_and|get_round_there_and ~1 VIOLENT ~4 OBJECT
			urge: should|must|let_'s|lets|need_to|everyone|we_'ll|we_will ~12 with ~1 baseball_bats|bats|knives|machetes|crowbars|bricks|weapons|pitchforks|clubs|hammers
			urge: let_'s|lets|let_us|we_should|we_must|everyone|people_should ~10 by_force|by_any_means_necessary|with_force|use_force|using_force|with_violence|using_violence
			urge: fancy|fancies|up_for|join_me|join_us|who_wants_to|come_and_help|who_'s_up_for|anyone_up_for ~2 smashing|torching|burning|trashing|wrecking|vandalising|vandalizing|attacking|egging|bricking|firebombing|VIOLENT ~4 OBJECT
			intimidate: turn_up|go_round|gather|descend|go_round_to|get_round|pop_round ~2 at|outside|on|to? ~1 %PERSON ~1 's ~1 house|home|door|doorstep|address|place|flat
			urge: let_'s|lets|let_us|we_should|someone_should|somebody_should|everyone|lads ~4 sort|drive|run|chase|force|burn|smoke|hound|turf ~1 the? %GROUP|them|him|her|%PERSON ~1 out|off
			urge: get|go|come|turn_up|bring|take|grab ~4 bricks|petrol_bombs|baseball_bats|knives|weapons|pitchforks|crowbars|molotovs|molotov_cocktails|petrol_and_matches
			urge: let_'s|lets|let_us|we_should|we_must|we_need_to|someone_should|somebody_should|everyone|people_should|we_'ll|we_will ~8 drive_them_out|drive_him_out|drive_her_out|run_them_out|run_him_out|run_her_out|chase_them_out|force_them_out|burn_them_out|smoke_them_out|hound_them_out|hound_him_out|hound_her_out|sort_them_out|sort_him_out|sort_her_out
			urge: someone|somebody|people|everyone|we|you|lads ~1 should|needs_to|need_to|must|ought_to|gotta|got_to|have_to ~1 teach|show ~3 %PERSON|%OFFICER|him|her|them ~3 a_lesson|what_for
			urge: burn_it_down|burn_it_all_down|burn_the_place_down|burn_them_out|smash_the_place_up|burn_the_lot|let_'s_riot|start_a_riot|take_to_the_streets_and|string_him_up|string_them_up|string_her_up|hang_them_all|shoot_them_all|kill_them_all|hang_the_lot|lynch_him|lynch_them
			punish: %TARGET|%GROUP|they|them|these|those|he|she ~4 should|deserve|deserves|ought_to|needs_to|need_to|want ~2 be|to_be|to_get|get ~1 shot|hanged|hung|lynched|killed|beaten|strung_up|burned|burnt|stabbed|kneecapped|horsewhipped|flogged|shot_dead|beaten_up|glassed|bottled|punched|slapped|petrol_bombed|firebombed
			punish: deserves|deserve|deserved|needs|need ~3 kicking|beating|slap|hiding|to_die|bullet|smack|punch|thrashing|kneecapping|battering|good_kicking|good_hiding|good_slap|good_beating
			intimidate: turn_up|go_round|gather|descend|protest|picket|camp|get_round|pop_round ~2 at|outside|on|to? ~2 his|her|their ~1 house|home|door|doorstep|address|homes|houses|place|flat
			urge: give|giving ~1 him|her|them|%PERSON ~1 a ~1 slap|kicking|beating|hiding|good_hiding|punch|smack|good_kicking|thrashing|slapping
			intimidate: flood|bombard|spam|swamp ~2 his|her|their|the_officer's|%PERSON ~1 inbox|phone|phones|email|mailbox|voicemail
			intimidate: let_'s_find_out_where ~2 lives|live
			intimidate: share|post|publish|find ~1 his|her|their ~1 home_address|address
			"""

		.replace("VIOLENT", VIOLENT)
		.replace("OBJECT", OBJECT);

	private final Patterns patterns;

	IncitementRule(Lexicons lexicons) {
		this.patterns = Patterns.compile(PATTERNS, lexicons);
	}

	@Override
	public void check(Analysis post, Findings findings) {
		List<Token> tokens = post.tokens();
		List<Span> evidence = new ArrayList<>();
		boolean personal = false;
		boolean againstGroup = false;
		SentenceWords electoral = new SentenceWords(ELECTORAL);
		for (Match match : this.patterns.find(tokens, post.steps())) {
			post.steps().add(match.last() - match.first() + 1);
			if (post.reported(match.first(), match.last()) || post.negated(match.first())
					|| (tokens.get(match.first()).quoted() && post.reported(match.first(), match.first()))) {
				continue;
			}

			if (electoral.in(post, tokens.get(match.first()).sentence())) {
				continue;
			}
			evidence.add(post.span(match));
			personal |= aimsAtPerson(tokens, match) || post.sentenceHas(tokens.get(match.first()).sentence(),
					Marks.PERSON | Marks.PRONOUN | Marks.OFFICER);
			againstGroup |= post.sentenceHas(tokens.get(match.first()).sentence(), Marks.GROUP);
		}
		if (!evidence.isEmpty()) {
			post.offend(0.6);
			findings.add(Category.INCITEMENT, Severity.HIGH_RISK, evidence,
					"urges others to commit violence, damage or intimidation", LAW, ADVICE);
			if (againstGroup) {
				findings.add(Category.DISCRIMINATION, Severity.HIGH_RISK, evidence,
						"urges action against people because of a protected characteristic", DiscriminationRule.LAW,
						DiscriminationRule.ADVICE);
			}
			if (personal) {
				findings.add(Category.HARASSMENT, Severity.HIGH_RISK, evidence,
						"encourages action against a specific person", HarassmentRule.LAW, HarassmentRule.ADVICE);
			}
		}
	}

	private static final Set<String> ELECTORAL = Set.of("election", "elections", "polls", "poll", "ballot", "vote",
			"votes", "voting", "count", "debate", "argument", "arguments", "record", "target", "targets", "totals",
			"total", "fundraising");

	private static boolean aimsAtPerson(List<Token> tokens, Match match) {
		for (int k = match.first(); k <= match.last(); k++) {
			Token t = tokens.get(k);
			if (t.has(Marks.PERSON | Marks.PRONOUN | Marks.OFFICER)
					|| t.is("him", "her", "his", "he", "she", "you", "your")) {
				return true;
			}
		}
		return false;
	}

}
