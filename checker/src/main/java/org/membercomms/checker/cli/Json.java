package org.membercomms.checker.cli;

import java.util.Locale;

import org.membercomms.checker.Finding;
import org.membercomms.checker.Report;
import org.membercomms.checker.Span;

/**
 * Writes a report as JSON (a fixed, small shape, so no library is needed).
 */
final class Json {

	private Json() {
	}

	static String of(Report report, String text) {
		StringBuilder out = new StringBuilder(512);
		out.append("{\"verdict\":\"")
			.append(report.verdict())
			.append("\",\"offensive\":")
			.append(String.format(Locale.ROOT, "%.4f", report.offensive()))
			.append(",\"findings\":[");
		boolean firstFinding = true;
		for (Finding f : report.findings()) {
			if (!firstFinding) {
				out.append(',');
			}
			firstFinding = false;
			out.append("{\"category\":\"")
				.append(f.category())
				.append("\",\"severity\":\"")
				.append(f.severity())
				.append("\",\"section\":\"")
				.append(f.section().key())
				.append("\",\"explanation\":");
			string(out, f.explanation());
			out.append(",\"advice\":");
			string(out, f.advice());
			out.append(",\"spans\":[");
			boolean firstSpan = true;
			for (Span s : f.spans()) {
				if (!firstSpan) {
					out.append(',');
				}
				firstSpan = false;
				out.append("{\"start\":").append(s.start()).append(",\"end\":").append(s.end()).append(",\"text\":");
				string(out, s.in(text));
				out.append('}');
			}
			out.append("]}");
		}
		return out.append("]}").toString();
	}

	static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

}
