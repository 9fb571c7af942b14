package org.membercomms.checker;

/**
 * How serious one finding is. Advice never changes the verdict.
 */
public enum Severity {

	/** Good practice (FOI, accessibility): shown, but the post stays CLEAR. */
	ADVICE,
	/** Needs a second look before publishing. */
	CAUTION,
	/** Could be a criminal offence or a clear breach of the Code of Conduct. */
	HIGH_RISK;

	/**
	 * The verdict this severity leads to on its own.
	 * @return CLEAR for advice, otherwise the matching verdict
	 */
	public Verdict verdict() {
		return switch (this) {
			case ADVICE -> Verdict.CLEAR;
			case CAUTION -> Verdict.CAUTION;
			case HIGH_RISK -> Verdict.HIGH_RISK;
		};
	}

}
