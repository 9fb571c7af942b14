package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

	@Test
	void readsQuotedFieldsWithCommasNewLinesAndQuotes() throws IOException {
		assertThat(
				rows("date,text\r\n2025-01-07,\"Hello, \"\"Linthorpe\"\"\r\nand all\"\n\n\n2025-01-08,plain,extra,\n",
						10, 100))
			.containsExactly(List.of("date", "text"), List.of("2025-01-07", "Hello, \"Linthorpe\"\r\nand all"),
					List.of("2025-01-08", "plain", "extra", ""));
	}

	@Test
	void keepsOnlyTheColumnsAskedForAndTheStartOfEachField() throws IOException {
		String wide = "a,b," + "x,".repeat(100_000) + "last";
		String long_ = "\"" + "y".repeat(100_000) + "\",short";
		assertThat(rows(wide + "\n" + long_ + "\n", 2, 5)).containsExactly(List.of("a", "b"),
				List.of("yyyyy", "short"));
	}

	@Test
	void refusesAQuoteNeverClosed() {
		assertThatThrownBy(() -> rows("date,text\n2025-01-07,\"never closed\n" + "more,text\n".repeat(1000), 2, 100))
			.isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("never closed");
	}

	@Test
	void readsNothingFromAnEmptyFile() throws IOException {
		assertThat(rows("\n\r\n", 2, 10)).isEmpty();
	}

	private static List<List<String>> rows(String csv, int columns, int longest) throws IOException {
		CsvRows rows = new CsvRows(new StringReader(csv), longest);
		List<List<String>> read = new ArrayList<>();
		for (List<String> row = rows.next(columns); row != null; row = rows.next(columns)) {
			read.add(row);
		}
		return read;
	}

}
