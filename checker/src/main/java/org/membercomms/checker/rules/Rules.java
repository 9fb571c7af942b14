package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.text.Lexicons;

/**
 * Every rule, in the order they run: the course-of-conduct part of harassment looks at
 * what the others found, so it runs after them; the learned reading runs last, so that it
 * speaks only where no rule found anything of its category.
 */
public final class Rules {

	private Rules() {
	}

	/**
	 * Creates the learned reading's rule (before {@link #all}, which runs it).
	 * @param lexicons the lexicons
	 * @param model the learned reading
	 * @return the rule
	 */
	public static HostilityRule hostility(Lexicons lexicons, HostilityModel model) {
		Analysis.register(lexicons);
		return new HostilityRule(lexicons, model);
	}

	/**
	 * Creates all rules.
	 * @param lexicons the lexicons
	 * @param hostility the learned reading's rule, from {@link #hostility}
	 * @return the rules
	 */
	public static List<Rule> all(Lexicons lexicons, HostilityRule hostility) {
		Analysis.register(lexicons);
		return List.of(new DefamationRule(lexicons), new CopyrightRule(lexicons), new DataProtectionRule(lexicons),
				new IncitementRule(lexicons), new DiscriminationRule(lexicons),
				new MaliciousCommunicationRule(lexicons), new ConfidentialityRule(lexicons),
				new PredeterminationRule(lexicons), new DisrespectRule(lexicons), new PreElectionRule(lexicons),
				new FoiRule(lexicons), new AccessibilityRule(lexicons), new CompositionRule(lexicons),
				new HarassmentRule(lexicons), hostility);
	}

}
