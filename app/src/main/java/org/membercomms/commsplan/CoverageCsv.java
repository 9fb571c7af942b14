package org.membercomms.commsplan;

import org.membercomms.system.CsvCells;

/**
 * The coverage figures as CSV: one row per priority and quarter, zeros included.
 */
final class CoverageCsv {

	private CoverageCsv() {
	}

	static String of(Coverage coverage) {
		StringBuilder csv = new StringBuilder("theme,priority,quarter,planned,published\r\n");
		for (Coverage.ThemeCoverage theme : coverage.themes()) {
			for (Coverage.PriorityCoverage priority : theme.priorities()) {
				for (FinancialQuarter quarter : coverage.quarters()) {
					Coverage.Count count = priority.in(quarter);
					csv.append(CsvCells.quoted(theme.theme()))
						.append(',')
						.append(CsvCells.quoted(priority.priority().name()))
						.append(',')
						.append(CsvCells.quoted(quarter.label()))
						.append(',')
						.append(count.planned())
						.append(',')
						.append(count.published())
						.append("\r\n");
				}
			}
		}
		return csv.toString();
	}

}
