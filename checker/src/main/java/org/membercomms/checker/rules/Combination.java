package org.membercomms.checker.rules;

import static org.membercomms.checker.rules.Predicate.Kind.DAMAGE;
import static org.membercomms.checker.rules.Predicate.Kind.DEHUMANISING;
import static org.membercomms.checker.rules.Predicate.Kind.EXCLUSION;
import static org.membercomms.checker.rules.Predicate.Kind.HOSTILITY;
import static org.membercomms.checker.rules.Predicate.Kind.HOUNDING;
import static org.membercomms.checker.rules.Predicate.Kind.INFERIORITY;
import static org.membercomms.checker.rules.Predicate.Kind.NEGATED_PRAISE;
import static org.membercomms.checker.rules.Predicate.Kind.TRAIT;
import static org.membercomms.checker.rules.Predicate.Kind.VEILED_THREAT;
import static org.membercomms.checker.rules.Predicate.Kind.VIOLENCE;
import static org.membercomms.checker.rules.Target.Kind.GROUP;
import static org.membercomms.checker.rules.Target.Kind.PEOPLE;
import static org.membercomms.checker.rules.Target.Kind.PERSON;
import static org.membercomms.checker.rules.Target.Kind.PERSONAL_PROPERTY;
import static org.membercomms.checker.rules.Target.Kind.PROPERTY;

import java.util.ArrayList;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.rules.Modality.Mood;

/**
 * The composition table: what a predicate said of a target means, given the mood it is
 * put in. One row a line, read as "a GROUP target with a HOSTILITY predicate, in any
 * mood, is DISCRIMINATION at HIGH_RISK". A pair that no row names is not flagged: a group
 * named with no hostile word, violence reported in the news, damage no one is urged to
 * do.
 */
final class Combination {

	/** Which moods a row needs. */
	enum Needs {

		/** Any, or none: the words alone carry the meaning. */
		ANY,

		/** Intent, a call or a wish: violence that is merely reported is not flagged. */
		MOODED,

		/** Intent or a call to action. */
		ACTING,

		/** A call on others to act. */
		CALL;

		boolean met(Mood mood) {
			return switch (this) {
				case ANY -> true;
				case MOODED -> mood != null;
				case ACTING -> mood == Mood.INTENT || mood == Mood.CALL;
				case CALL -> mood == Mood.CALL;
			};
		}

	}

	/**
	 * What a pair means.
	 *
	 * @param category the category of the finding
	 * @param severity how serious
	 * @param reason completes "It looks like this post ..."
	 * @param law the law, as the rule of the category names it
	 * @param advice what to do instead
	 */
	record Reading(Category category, Severity severity, String reason, String law, String advice) {
	}

	private record Row(Target.Kind target, Predicate.Kind predicate, Needs needs, Reading reading) {
	}

	private static final List<Row> TABLE = List.of(
			row(GROUP, HOSTILITY, Needs.ANY, discrimination(Severity.HIGH_RISK, "expresses hatred or contempt for")),
			row(GROUP, DEHUMANISING, Needs.ANY, discrimination(Severity.HIGH_RISK, "dehumanises")),
			row(GROUP, INFERIORITY, Needs.ANY, discrimination(Severity.HIGH_RISK, "treats as inferior")),
			row(GROUP, EXCLUSION, Needs.ANY, discrimination(Severity.HIGH_RISK, "would exclude")),
			row(GROUP, TRAIT, Needs.ANY, discrimination(Severity.CAUTION, "generalises negatively about")),
			row(GROUP, NEGATED_PRAISE, Needs.ANY, discrimination(Severity.CAUTION, "generalises negatively about")),
			row(GROUP, VIOLENCE, Needs.MOODED, discrimination(Severity.HIGH_RISK, "threatens or wishes violence on")),
			row(GROUP, VIOLENCE, Needs.CALL, incitement("urges others to violence against a group")),
			row(GROUP, DAMAGE, Needs.ACTING, discrimination(Severity.HIGH_RISK, "urges damage aimed at")),
			row(GROUP, DAMAGE, Needs.ACTING, incitement("urges criminal damage")),
			row(PERSON, VIOLENCE, Needs.MOODED, harassment("threatens or wishes violence on a person")),
			row(PERSON, VIOLENCE, Needs.CALL, incitement("urges others to violence against a person")),
			row(PEOPLE, VIOLENCE, Needs.MOODED, harassment("threatens or wishes violence on identifiable people")),
			row(PEOPLE, VIOLENCE, Needs.CALL, incitement("urges others to violence against identifiable people")),
			row(PERSON, DAMAGE, Needs.MOODED, harassment("threatens damage to a person or their property")),
			row(PERSON, DAMAGE, Needs.CALL, incitement("urges criminal damage")),
			row(PEOPLE, DAMAGE, Needs.MOODED,
					harassment("threatens or wishes damage to identifiable people's property")),
			row(PEOPLE, DAMAGE, Needs.ACTING, incitement("urges criminal damage")),
			row(PERSONAL_PROPERTY, DAMAGE, Needs.MOODED, harassment("threatens damage to a person's property")),
			row(PERSONAL_PROPERTY, DAMAGE, Needs.CALL, incitement("urges criminal damage")),
			row(PERSONAL_PROPERTY, VIOLENCE, Needs.ACTING, harassment("threatens damage to a person's property")),
			row(PERSONAL_PROPERTY, VIOLENCE, Needs.CALL, incitement("urges criminal damage")),
			row(PROPERTY, DAMAGE, Needs.ACTING, incitement("urges criminal damage")),
			row(PROPERTY, VIOLENCE, Needs.CALL, incitement("urges criminal damage")),
			row(PERSON, VEILED_THREAT, Needs.ANY, harassment("makes a veiled threat to a person")),
			row(GROUP, VEILED_THREAT, Needs.ANY, discrimination(Severity.HIGH_RISK, "makes a veiled threat to")),
			row(GROUP, VEILED_THREAT, Needs.CALL, incitement("urges others to threaten a group")),
			row(PERSON, HOUNDING, Needs.MOODED, harassment("sets out or wishes to hound a person")),
			row(PERSON, HOUNDING, Needs.CALL, incitement("urges others to hound a person")),
			row(PEOPLE, HOUNDING, Needs.CALL, incitement("urges others to hound identifiable people")));

	private Combination() {
	}

	/**
	 * The readings of a pair.
	 * @param target the kind of target
	 * @param predicate the class of predicate
	 * @param mood the mood, or null
	 * @return the readings of every row that matches, in table order
	 */
	static List<Reading> read(Target.Kind target, Predicate.Kind predicate, Mood mood) {
		List<Reading> readings = new ArrayList<>(2);
		for (Row row : TABLE) {
			if (row.target == target && row.predicate == predicate && row.needs.met(mood)) {
				readings.add(row.reading);
			}
		}
		return readings;
	}

	/**
	 * @param target the kind of target
	 * @param predicate the class of predicate
	 * @return whether some row pairs them
	 */
	static boolean pairs(Target.Kind target, Predicate.Kind predicate) {
		for (Row row : TABLE) {
			if (row.target == target && row.predicate == predicate) {
				return true;
			}
		}
		return false;
	}

	private static Row row(Target.Kind target, Predicate.Kind predicate, Needs needs, Reading reading) {
		return new Row(target, predicate, needs, reading);
	}

	private static Reading discrimination(Severity severity, String verb) {
		return new Reading(Category.DISCRIMINATION, severity, verb + " people because of a protected characteristic",
				DiscriminationRule.LAW, DiscriminationRule.ADVICE);
	}

	private static Reading incitement(String reason) {
		return new Reading(Category.INCITEMENT, Severity.HIGH_RISK, reason, IncitementRule.LAW, IncitementRule.ADVICE);
	}

	private static Reading harassment(String reason) {
		return new Reading(Category.HARASSMENT, Severity.HIGH_RISK, reason, HarassmentRule.LAW, HarassmentRule.ADVICE);
	}

}
