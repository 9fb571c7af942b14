package org.membercomms.postcheck;

import java.time.LocalDate;
import java.util.List;

/**
 * Aggregate figures about checks over the last weeks: counts only, with no names.
 *
 * @param from the first day counted
 * @param total how many checks
 * @param weeks checks per week, oldest first
 * @param verdicts the share of checks with each verdict
 * @param categories the share of checks with each category
 */
public record CheckFigures(LocalDate from, long total, List<Week> weeks, List<Share> verdicts, List<Share> categories) {

	/**
	 * @param weekStarting the Monday a week starts
	 * @param checks how many checks were made that week
	 */
	public record Week(LocalDate weekStarting, long checks) {
	}

	/**
	 * @param label what is counted
	 * @param count how many checks
	 * @param total out of how many
	 */
	public record Share(String label, long count, long total) {

		public String percent() {
			return (this.total == 0) ? "0%" : Math.round(100.0 * this.count / this.total) + "%";
		}

	}

}
