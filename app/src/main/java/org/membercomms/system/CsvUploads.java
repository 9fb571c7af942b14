package org.membercomms.system;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * How the service reads a CSV file that a person uploads (the members directory, the
 * elections): UTF-8 text whose first row names the columns, a byte order mark ignored,
 * empty lines skipped and each value trimmed.
 */
public final class CsvUploads {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvUploads() {
	}

	/**
	 * @param csv the file's text
	 * @return a parser over its rows, the header row read (see
	 * {@link CSVParser#getHeaderNames()})
	 * @throws IOException when the text is not CSV
	 */
	public static CSVParser parse(String csv) throws IOException {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		return CSVParser.parse(new StringReader(text), FORMAT);
	}

}
