package org.membercomms.commsplan;

import java.time.LocalDate;

/**
 * A quarter of the council's financial year, which runs from April to March: Q1 is April
 * to June.
 *
 * @param startYear the calendar year in which the financial year starts
 * @param number 1 to 4
 */
public record FinancialQuarter(int startYear, int number) implements Comparable<FinancialQuarter> {

	private static final String[] MONTHS = { "April to June", "July to September", "October to December",
			"January to March" };

	/**
	 * @param day a day
	 * @return the financial quarter it falls in
	 */
	public static FinancialQuarter of(LocalDate day) {
		int month = day.getMonthValue();
		if (month >= 4) {
			return new FinancialQuarter(day.getYear(), (month - 4) / 3 + 1);
		}
		return new FinancialQuarter(day.getYear() - 1, 4);
	}

	/**
	 * @return the quarter after this one
	 */
	public FinancialQuarter next() {
		return (this.number == 4) ? new FinancialQuarter(this.startYear + 1, 1)
				: new FinancialQuarter(this.startYear, this.number + 1);
	}

	/**
	 * @return the short name, e.g. "Q1 2026-27"
	 */
	public String label() {
		return "Q" + this.number + " " + this.startYear + "-" + String.format("%02d", (this.startYear + 1) % 100);
	}

	/**
	 * @return its months, e.g. "April to June 2026"
	 */
	public String months() {
		return MONTHS[this.number - 1] + " " + ((this.number == 4) ? this.startYear + 1 : this.startYear);
	}

	@Override
	public int compareTo(FinancialQuarter other) {
		return (this.startYear != other.startYear) ? Integer.compare(this.startYear, other.startYear)
				: Integer.compare(this.number, other.number);
	}

}
