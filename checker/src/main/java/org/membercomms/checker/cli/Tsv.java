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

	static List<String> lines(InputStream in) throws IOException {
		BufferedReader reader = reader(in);
		List<String> lines = new ArrayList<>();
		String line;
		boolean first = true;
		while ((line = reader.readLine()) != null) {
			if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
				line = line.substring(1);
			}
			first = false;
			if (line.endsWith("\r")) {
				line = line.substring(0, line.length() - 1);
			}
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
