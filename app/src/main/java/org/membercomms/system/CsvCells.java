package org.membercomms.system;

/**
 * The one way to write a cell of a CSV file people open in a spreadsheet: a cell that a
 * spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) gets a leading apostrophe, and a quoted cell
 * doubles its quotes.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * @param text a cell's text, not null
	 * @return the text, with a leading apostrophe where a spreadsheet would take it as a
	 * formula
	 */
	public static String spreadsheetSafe(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/**
	 * @param value a cell's text, or null for an empty cell
	 * @return the cell, quoted and spreadsheet-safe
	 */
	public static String quoted(String value) {
		String text = spreadsheetSafe((value == null) ? "" : value);
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
