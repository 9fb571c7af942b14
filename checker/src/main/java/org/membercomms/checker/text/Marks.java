package org.membercomms.checker.text;

/**
 * Marks recognisers put on words, as bits, so that rule patterns can refer to them.
 */
public final class Marks {

	/** Part of a person's name (with or without a title). */
	public static final long PERSON = 1L;

	/** Part of a councillor's name ("Cllr Smith"). */
	public static final long COUNCILLOR = 1L << 1;

	/**
	 * A private person's name (a full name or titled name that is not a councillor's).
	 */
	public static final long PRIVATE_PERSON = 1L << 2;

	/**
	 * A role that identifies people: officer, the Leader, the Chief Executive, residents.
	 */
	public static final long ROLE = 1L << 3;

	/** He, she, him, her. */
	public static final long PRONOUN = 1L << 4;

	/** You, your, u. */
	public static final long YOU = 1L << 5;

	/** A company or other organisation that has a reputation to lose. */
	public static final long ORGANISATION = 1L << 6;

	/**
	 * The council, the government, a party, a policy: fair game for political criticism.
	 */
	public static final long INSTITUTION = 1L << 7;

	/** A group defined by a protected characteristic. */
	public static final long GROUP = 1L << 8;

	/** A given name on its own (weak evidence of a person). */
	public static final long FIRST_NAME = 1L << 9;

	/** An officer or officers (they cannot answer back in public). */
	public static final long OFFICER = 1L << 10;

	/** Anyone identifiable: a person, a role, a pronoun or "you". */
	public static final long TARGET = PERSON | ROLE | PRONOUN | YOU;

	private Marks() {
	}

}
