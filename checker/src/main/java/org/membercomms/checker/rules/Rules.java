package org.membercomms.checker.rules;

import java.util.List;

import org.membercomms.checker.text.Lexicons;

/**
 * Every rule, in the order they run: the course-of-conduct part of harassment looks at
 * what the others found, so it runs after them.
 */
public final class Rules {

	private Rules() {
	}

	/**
	 * Creates all rules.
	 * @param lexicons the lexicons
	 * @return the rules
	 */
	public static List<Rule> all(Lexicons lexicons) {
		Analysis.register(lexicons);
		return List.of(new DefamationRule(lexicons), new CopyrightRule(lexicons), new DataProtectionRule(lexicons),
				new IncitementRule(lexicons), new DiscriminationRule(lexicons),
				new MaliciousCommunicationRule(lexicons), new ConfidentialityRule(lexicons),
				new PredeterminationRule(lexicons), new DisrespectRule(lexicons), new PreElectionRule(lexicons),
				new FoiRule(lexicons), new AccessibilityRule(lexicons), new CompositionRule(lexicons),
				new HarassmentRule(lexicons));
	}

}
