package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV one row at a time (RFC 4180: commas, fields in double quotes holding commas,
 * new lines and {@code ""} for a quote), keeping only the first columns asked for and the
 * first {@code longest} characters of each field. So neither a very wide row, a very long
 * field nor a quote never closed holds much of the file in memory.
 */
final class CsvRows {

	private static final int END = -1;

	private final Reader in;

	private final int longest;

	private final char[] buffer = new char[8192];

	private int length;

	private int at;

	/**
	 * @param in the CSV text
	 * @param longest how many characters of a field are kept
	 */
	CsvRows(Reader in, int longest) {
		this.in = in;
		this.longest = longest;
	}

	/**
	 * Reads the next row that is not empty.
	 * @param columns how many of its first fields to keep
	 * @return those fields (fewer when the row has fewer), or {@code null} at the end
	 * @throws UnreadableArchive when a quote is never closed
	 */
	List<String> next(int columns) throws IOException {
		int c = read();
		while (c == '\n' || c == '\r') {
			c = read();
		}
		if (c == END) {
			return null;
		}
		List<String> row = new ArrayList<>(Math.min(columns, 16));
		StringBuilder field = new StringBuilder();
		for (int column = 0;; column++) {
			field.setLength(0);
			boolean kept = column < columns;
			if (c == '"') {
				c = quoted(field, kept);
			}
			while (c != END && c != ',' && c != '\n' && c != '\r') {
				keep(field, c, kept);
				c = read();
			}
			if (kept) {
				row.add(field.toString());
			}
			if (c != ',') {
				return row;
			}
			c = read();
		}
	}

	/**
	 * Reads a quoted field's text, from after its opening quote.
	 * @return the character after its closing quote
	 */
	private int quoted(StringBuilder field, boolean kept) throws IOException {
		while (true) {
			int c = read();
			if (c == END) {
				throw new UnreadableArchive("The CSV file has a quote (\") that is never closed");
			}
			if (c == '"') {
				c = read();
				if (c != '"') {
					return c;
				}
			}
			keep(field, c, kept);
		}
	}

	private void keep(StringBuilder field, int c, boolean kept) {
		if (kept && field.length() < this.longest) {
			field.append((char) c);
		}
	}

	private int read() throws IOException {
		if (this.at == this.length) {
			this.length = this.in.read(this.buffer);
			this.at = 0;
			if (this.length <= 0) {
				this.length = 0;
				return END;
			}
		}
		return this.buffer[this.at++];
	}

}
