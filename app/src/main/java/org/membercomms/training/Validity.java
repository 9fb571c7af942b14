package org.membercomms.training;

import java.time.LocalDate;

/**
 * How long a completion of a requirement stays valid, and how many days before it lapses
 * the recertification window opens.
 *
 * @param months the months a completion is valid for
 * @param windowDays the days before the end of validity that the window opens
 */
record Validity(int months, int windowDays) {

	/**
	 * @param completedOn the day of a completion
	 * @return the last day it is valid
	 */
	LocalDate validUntil(LocalDate completedOn) {
		return completedOn.plusMonths(this.months);
	}

	/**
	 * @param completedOn the day of a completion
	 * @return the first day of its recertification window
	 */
	LocalDate windowOpens(LocalDate completedOn) {
		return validUntil(completedOn).minusDays(this.windowDays);
	}

}
