package org.membercomms.checker.rules;

import java.util.EnumSet;
import java.util.Set;

import org.membercomms.checker.Category;

/**
 * What the learned reading ({@link HostilityModel}) can say a post does to its target:
 * nothing, or one of five harms, each with the category it is reported under and the
 * kinds of target it needs the post to name. The classes are the risky functionalities of
 * the checker's functional suite, grouped by the harm they share.
 */
public enum Hostility {

	/** Nothing risky: a contrast, a neutral or warm post, criticism of a decision. */
	NONE(null, Set.of(), "", "", "", null),

	/**
	 * Hatred, contempt, dehumanisation, exclusion or a negative generalisation of a
	 * group.
	 */
	CONTEMPT_FOR_GROUP(Category.DISCRIMINATION, EnumSet.of(Target.Kind.GROUP),
			"speaks with hostility of people because of a protected characteristic", DiscriminationRule.LAW,
			DiscriminationRule.ADVICE, "urges others against people because of a protected characteristic"),

	/** A threat, veiled or open, or a call on others to harm a person or people. */
	THREAT(Category.HARASSMENT, EnumSet.of(Target.Kind.PERSON, Target.Kind.PEOPLE),
			"threatens a person, or calls on others to harm them", HarassmentRule.LAW, HarassmentRule.ADVICE,
			"urges others to harm a person"),

	/** Personal abuse and contempt: the person, not their decision. */
	ABUSE(Category.DISRESPECT, EnumSet.of(Target.Kind.PERSON, Target.Kind.PEOPLE),
			"attacks the person rather than what they did", DisrespectRule.LAW, DisrespectRule.ADVICE, null),

	/** Crime or corruption alleged as fact. */
	ALLEGATION(Category.DEFAMATION, EnumSet.of(Target.Kind.PERSON, Target.Kind.PEOPLE), "states wrongdoing as fact",
			DefamationRule.LAW, DefamationRule.ADVICE, null),

	/** A call to criminal damage of property or a place. */
	DAMAGE(Category.INCITEMENT, EnumSet.of(Target.Kind.PROPERTY, Target.Kind.PERSONAL_PROPERTY),
			"calls for property to be damaged", IncitementRule.LAW, IncitementRule.ADVICE, null);

	private final Category category;

	private final Set<Target.Kind> targets;

	private final String reason;

	private final String law;

	private final String advice;

	private final String calledOn;

	Hostility(Category category, Set<Target.Kind> targets, String reason, String law, String advice, String calledOn) {
		this.category = category;
		this.targets = targets;
		this.reason = reason;
		this.law = law;
		this.advice = advice;
		this.calledOn = calledOn;
	}

	Category category() {
		return this.category;
	}

	/**
	 * @param kind a kind of target the post names
	 * @return whether this harm can be done to it
	 */
	boolean aimsAt(Target.Kind kind) {
		return this.targets.contains(kind);
	}

	String reason() {
		return this.reason;
	}

	String law() {
		return this.law;
	}

	String advice() {
		return this.advice;
	}

	/**
	 * @return what the harm is when the post calls on others to do it, completing "It
	 * looks like this post ...", reported as incitement; null when a call adds no harm of
	 * its own (abuse, an allegation) or the harm is incitement already (damage)
	 */
	String calledOn() {
		return this.calledOn;
	}

}
