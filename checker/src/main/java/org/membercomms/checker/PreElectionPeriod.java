package org.membercomms.checker;

import java.time.LocalDate;

/**
 * A pre-election period, from the notice of election to polling day, both inclusive.
 *
 * @param start first day
 * @param end polling day
 */
public record PreElectionPeriod(LocalDate start, LocalDate end) {

	public PreElectionPeriod {
		if (start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("A pre-election period needs a start on or before its end");
		}
	}

	/**
	 * Whether a day falls in this period.
	 * @param day a day
	 * @return true from the start to polling day
	 */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
