package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The council's financial year runs from April to March.
 */
class FinancialQuarterTest {

	@Test
	void putsAprilInTheFirstQuarterAndMarchInTheLastOfTheYearBefore() {
		assertThat(FinancialQuarter.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FinancialQuarter(2027, 1));
		assertThat(FinancialQuarter.of(LocalDate.of(2027, 9, 30))).isEqualTo(new FinancialQuarter(2027, 2));
		assertThat(FinancialQuarter.of(LocalDate.of(2027, 12, 31))).isEqualTo(new FinancialQuarter(2027, 3));
		assertThat(FinancialQuarter.of(LocalDate.of(2028, 3, 31))).isEqualTo(new FinancialQuarter(2027, 4));
	}

	@Test
	void namesAQuarterAndMovesOnToTheNextYear() {
		FinancialQuarter last = new FinancialQuarter(2099, 4);
		assertThat(last.label()).isEqualTo("Q4 2099-00");
		assertThat(last.months()).isEqualTo("January to March 2100");
		assertThat(last.next()).isEqualTo(new FinancialQuarter(2100, 1));
		assertThat(new FinancialQuarter(2026, 1).months()).isEqualTo("April to June 2026");
		assertThat(last.next()).isGreaterThan(last);
	}

}
