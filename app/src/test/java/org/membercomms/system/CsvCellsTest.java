package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A CSV cell never runs as a formula in a spreadsheet, and keeps its quotes.
 */
class CsvCellsTest {

	@Test
	void defusesWhatASpreadsheetWouldRun() {
		assertThat(CsvCells.spreadsheetSafe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CsvCells.spreadsheetSafe("-2")).isEqualTo("'-2");
		assertThat(CsvCells.spreadsheetSafe("@SUM")).isEqualTo("'@SUM");
		assertThat(CsvCells.spreadsheetSafe("Town centre")).isEqualTo("Town centre");
		assertThat(CsvCells.spreadsheetSafe("")).isEmpty();
	}

	@Test
	void quotesAndDoublesQuotes() {
		assertThat(CsvCells.quoted("Say \"no\"")).isEqualTo("\"Say \"\"no\"\"\"");
		assertThat(CsvCells.quoted("+44")).isEqualTo("\"'+44\"");
		assertThat(CsvCells.quoted(null)).isEqualTo("\"\"");
	}

}
