package org.membercomms.commsplan;

/**
 * Whether an election is one of the council's scheduled elections or a by-election to
 * fill a vacancy.
 */
public enum ElectionKind {

	/** A scheduled election, of the whole council or some of its wards. */
	SCHEDULED("Scheduled election"),

	/** A by-election, usually in one ward. */
	BY_ELECTION("By-election");

	private final String title;

	ElectionKind(String title) {
		this.title = title;
	}

	/**
	 * @return the kind as a page shows it
	 */
	public String title() {
		return this.title;
	}

}
