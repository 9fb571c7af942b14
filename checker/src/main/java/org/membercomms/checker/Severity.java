package org.membercomms.checker;

/**
 * How serious one finding is. Advice never changes the verdict.
 */
public enum Severity {

	/**
	 * Good practice (FOI, accessibility, tone) or why robust criticism is allowed: shown,
	 * but the post stays CLEAR.
	 */
	ADVICE,
	/** Needs a second look before publishing. */
	CAUTION,
	/**
	 * A real chance of an offence, a claim against the Member or a breach of the Code of
	 * Conduct; the finding's explanation says which.
	 */
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
