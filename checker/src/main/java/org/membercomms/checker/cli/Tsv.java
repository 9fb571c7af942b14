package org.membercomms.checker.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tab-separated input as UTF-8 whatever the machine's locale, dropping a byte-order
 * mark and carriage returns; malformed bytes become U+FFFD rather than failing the run.
 */
final class Tsv {

	private Tsv() {
	}

	static BufferedReader reader(InputStream in) {
		return new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)),
				1 << 16);
	}

	/**
	 * Reads one line ended by a line feed only (a lone carriage return or a Unicode line
	 * separator inside a post does not split it); a carriage return before the line feed
	 * is dropped.
	 * @param reader the input
	 * @return the line, or null at the end
	 * @throws IOException when reading fails
	 */
	static String readLine(BufferedReader reader) throws IOException {
		StringBuilder line = new StringBuilder(256);
		int c;
		boolean any = false;
		while ((c = reader.read()) >= 0) {
			any = true;
			if (c == '\n') {
				break;
			}
			line.append((char) c);
		}
		if (!any) {
			return null;
		}
		int n = line.length();
		if (n > 0 && line.charAt(n - 1) == '\r') {
			line.setLength(n - 1);
		}
		return line.toString();
	}

	static List<String> lines(InputStream in) throws IOException {
		BufferedReader reader = reader(in);
		List<String> lines = new ArrayList<>();
		String line;
		boolean first = true;
		while ((line = readLine(reader)) != null) {
			if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
				line = line.substring(1);
			}
			first = false;
			lines.add(line);
		}
		return lines;
	}

	static boolean header(String line) {
		int tab = line.indexOf('\t');
		String first = tab < 0 ? line : line.substring(0, tab);
		return first.strip().equalsIgnoreCase("id");
	}

}
