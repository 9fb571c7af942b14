package org.membercomms.checker.rules;

/**
 * What a sentence says of its target, as the composition layer reads it: the class of the
 * head word or phrase and the words that say it.
 *
 * @param kind the class of the head
 * @param first its first word
 * @param last its last word
 * @param predicated whether the head names a thing or a quality, not an act, so that it
 * is said of a target only through a copula or a likeness ("immigrants are hyenas", "they
 * behave like jackals"), never through a possessive ("older people and their dogs")
 * @param wide whether the head may take its target from anywhere in its sentence, not
 * only from the small words around it: a weapon or a tool carried ("I'll be waiting with
 * a bat for ..."), a brick through a window, a blow someone will get
 */
record Predicate(Kind kind, int first, int last, boolean predicated, boolean wide) {

	Predicate(Kind kind, int first, int last) {
		this(kind, first, last, false, false);
	}

	Predicate(Kind kind, int first, int last, boolean predicated) {
		this(kind, first, last, predicated, false);
	}

	/**
	 * A head that may take its target from anywhere in its sentence.
	 * @param kind the class of the head
	 * @param first its first word
	 * @param last its last word
	 * @return the predicate
	 */
	static Predicate wide(Kind kind, int first, int last) {
		return new Predicate(kind, first, last, false, true);
	}

	/** The classes of predicate heads, each from its own small lexicon. */
	enum Kind {

		/** Hatred and contempt: hate, despise, can't stand, sick of. */
		HOSTILITY,

		/** Dehumanisation: vermin, animals, a plague. */
		DEHUMANISING,

		/** Implied inferiority: belong in a zoo, know their place, not fit to. */
		INFERIORITY,

		/** Exclusion: shouldn't be allowed, keep them out, drive them away, ban. */
		EXCLUSION,

		/** A negative trait said of a whole group: are all thieves, nothing but crime. */
		TRAIT,

		/** Praise denied to a whole group: are never any good, can't be trusted. */
		NEGATED_PRAISE,

		/** Violence or harm to people: kill, stab, batter, string up. */
		VIOLENCE,

		/** Criminal damage: smash, torch, vandalise, slash tyres. */
		DAMAGE,

		/** A veiled threat: you'll find out what happens, I know where you live. */
		VEILED_THREAT,

		/** Hounding a person: harass, bombard, make his life hell. */
		HOUNDING;

		/**
		 * @return whether the target may follow the head as its object ("hate gay
		 * people", "ban them", "kill him"), rather than stand before it as the subject
		 * the head is said of ("immigrants are vermin"): "stupid woman" is an insult to
		 * one person, not a trait said of women
		 */
		boolean takesObject() {
			return this == HOSTILITY || this == EXCLUSION || this == VIOLENCE || this == DAMAGE || this == VEILED_THREAT
					|| this == HOUNDING;
		}

	}

}
