package org.membercomms.checker;

/**
 * The overall verdict on a draft post: the highest severity among its findings.
 */
public enum Verdict {

	CLEAR, CAUTION, HIGH_RISK;

	/**
	 * The more serious of this verdict and another.
	 * @param other another verdict
	 * @return whichever of the two carries more risk
	 */
	public Verdict orWorse(Verdict other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
