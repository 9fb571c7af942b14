package org.membercomms.commsplan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.membercomms.checker.PreElectionPeriod;

/**
 * What Democratic Services say about one election, checked.
 *
 * @param pollDate polling day, the last day of the pre-election period
 * @param periodStart the day the notice of election is published, the first day of the
 * period
 * @param kind scheduled or by-election
 * @param wards the wards it covers, or none when it covers the whole council
 */
public record ElectionDetails(LocalDate pollDate, LocalDate periodStart, ElectionKind kind, List<String> wards) {

	public ElectionDetails {
		if (pollDate == null || periodStart == null || periodStart.isAfter(pollDate) || kind == null) {
			throw new IllegalArgumentException("An election needs a period that starts on or before polling day");
		}
		wards = (wards == null) ? List.of() : List.copyOf(wards);
	}

	/**
	 * @return whether the election covers the whole council
	 */
	public boolean wholeCouncil() {
		return this.wards.isEmpty();
	}

	/**
	 * @return the pre-election period, from the notice of election to polling day
	 */
	public PreElectionPeriod period() {
		return new PreElectionPeriod(this.periodStart, this.pollDate);
	}

	/**
	 * @return the area as a page shows it
	 */
	public String area() {
		return wholeCouncil() ? "Whole council" : String.join(", ", this.wards);
	}

	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("polling day", this.pollDate);
		view.put("period starts", this.periodStart);
		view.put("kind", this.kind.title());
		view.put("area", area());
		return view;
	}

}
