package org.membercomms.checker.rules;

/**
 * Who or what a sentence is about, as the composition layer reads it: the kind of target
 * and the words that name it.
 *
 * @param kind what kind of target
 * @param first its first word
 * @param last its last word
 */
record Target(Kind kind, int first, int last) {

	/** The kinds of target the composition table tells apart. */
	enum Kind {

		/**
		 * An identifiable person: a name, a pronoun, "you", a role held by one person,
		 * "whoever".
		 */
		PERSON,

		/**
		 * A small identifiable group of people: officers, councillors, the contractors.
		 */
		PEOPLE,

		/**
		 * A group with a protected characteristic, or a word pointing back to one named
		 * before.
		 */
		GROUP,

		/** Property or a place that criminal damage can be aimed at. */
		PROPERTY,

		/** A person's property: "his car", "your windows", "Cllr Royce's tyres". */
		PERSONAL_PROPERTY

	}

}
