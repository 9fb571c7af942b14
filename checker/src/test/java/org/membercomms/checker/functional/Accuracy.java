package org.membercomms.checker.functional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many cases of one half of the functional suite were right, overall and per
 * functionality, and the table that shows it.
 */
final class Accuracy {

	private final Map<String, int[]> byFunctionality = new LinkedHashMap<>();

	private int right;

	private int cases;

	/**
	 * Counts one case.
	 * @param functionality its functionality
	 * @param isRight whether the checker got it right
	 */
	void add(String functionality, boolean isRight) {
		int[] counts = this.byFunctionality.computeIfAbsent(functionality, (f) -> new int[2]);
		counts[1]++;
		this.cases++;
		if (isRight) {
			counts[0]++;
			this.right++;
		}
	}

	int cases() {
		return this.cases;
	}

	double overall() {
		return ratio(this.right, this.cases);
	}

	/**
	 * The accuracy per functionality, by name.
	 * @return functionality to accuracy, in the order of the templates
	 */
	Map<String, Double> byFunctionality() {
		Map<String, Double> accuracies = new LinkedHashMap<>();
		this.byFunctionality.forEach((name, counts) -> accuracies.put(name, ratio(counts[0], counts[1])));
		return accuracies;
	}

	/**
	 * A plain-text table: one line per functionality with its cases and accuracy, then
	 * the total.
	 * @param title what the table is of
	 * @return the table
	 */
	String table(String title) {
		StringBuilder out = new StringBuilder(title).append('\n');
		String row = "%-28s %6s %9s%n";
		out.append(String.format(Locale.ROOT, row, "functionality", "cases", "accuracy"));
		this.byFunctionality.forEach((name, counts) -> out
			.append(String.format(Locale.ROOT, row, name, counts[1], format(ratio(counts[0], counts[1])))));
		out.append(String.format(Locale.ROOT, row, "all", this.cases, format(overall())));
		return out.toString();
	}

	private static String format(double accuracy) {
		return String.format(Locale.ROOT, "%.3f", accuracy);
	}

	private static double ratio(int right, int cases) {
		return cases == 0 ? 0.0 : (double) right / cases;
	}

}
