package org.membercomms.commsplan;

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
					csv.append(cell(theme.theme()))
						.append(',')
						.append(cell(priority.priority().name()))
						.append(',')
						.append(cell(quarter.label()))
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

	/** Quotes a CSV cell, and defuses spreadsheet formulas. */
	private static String cell(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
