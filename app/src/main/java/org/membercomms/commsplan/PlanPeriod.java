package org.membercomms.commsplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A period of the council's Strategic Plan (2021-24, then the next one) and its themes.
 *
 * @param id the id
 * @param name its name, e.g. "Strategic Plan 2021-2024"
 * @param startsOn its first day
 * @param endsOn its last day
 * @param source where its starting data came from, or {@code null} if entered here
 * @param themes its themes in order
 */
public record PlanPeriod(UUID id, String name, LocalDate startsOn, LocalDate endsOn, String source,
		List<PlanTheme> themes) {

	/**
	 * @param day a day
	 * @return whether the period covers it
	 */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

}
