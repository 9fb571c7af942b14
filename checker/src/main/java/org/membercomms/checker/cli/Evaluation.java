package org.membercomms.checker.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;

/**
 * Scores the checker against labelled posts: recall and precision per category, the share
 * of clean (NONE) posts that do not come back CLEAR, and macro-F1.
 */
final class Evaluation {

	/** One labelled post. */
	record Case(String id, Set<Category> expected, String text) {
	}

	/** The counts for one category. */
	record Score(int truePositives, int falsePositives, int falseNegatives) {

		int support() {
			return this.truePositives + this.falseNegatives;
		}

		double recall() {
			return support() == 0 ? Double.NaN : (double) this.truePositives / support();
		}

		double precision() {
			int predicted = this.truePositives + this.falsePositives;
			return predicted == 0 ? Double.NaN : (double) this.truePositives / predicted;
		}

		double f1() {
			double p = precision();
			double r = recall();
			if (Double.isNaN(p)) {
				p = 0;
			}
			if (Double.isNaN(r)) {
				r = 0;
			}
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	final Map<Category, Score> scores = new EnumMap<>(Category.class);

	int cleanPosts;

	int cleanNotClear;

	final List<String> mistakes = new ArrayList<>();

	static List<Case> parse(List<String> lines) {
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if ((i == 0 && Tsv.header(line)) || line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\t", 3);
			if (parts.length < 3) {
				throw new IllegalArgumentException("Line " + (i + 1) + " needs id, expected and text");
			}
			Set<Category> expected = EnumSet.noneOf(Category.class);
			for (String id : parts[1].split(",")) {
				String c = id.strip();
				if (!c.isEmpty() && !c.equals("NONE") && !c.equals("-")) {
					expected.add(Category.valueOf(c.toUpperCase(Locale.ROOT)));
				}
			}
			cases.add(new Case(parts[0], expected, parts[2]));
		}
		return cases;
	}

	/** Categories whose findings are only ever advice. */
	private static final Set<Category> ADVICE_ONLY = EnumSet.of(Category.FOI, Category.ACCESSIBILITY);

	/**
	 * The categories a report detects: those of its findings of CAUTION or above, and
	 * those of advice-only categories. Advice in a risk category (swearing at nobody,
	 * robust criticism with its basis) leaves the verdict CLEAR and is not a detection.
	 * @param report the checker's report
	 * @return the detected categories
	 */
	static Set<Category> detected(Report report) {
		Set<Category> found = EnumSet.noneOf(Category.class);
		for (Finding finding : report.findings()) {
			if (finding.severity() != Severity.ADVICE || ADVICE_ONLY.contains(finding.category())) {
				found.add(finding.category());
			}
		}
		return found;
	}

	static Evaluation run(PostChecker checker, List<Case> cases) {
		Evaluation evaluation = new Evaluation();
		Map<Category, int[]> counts = new EnumMap<>(Category.class);
		for (Category c : Category.values()) {
			counts.put(c, new int[3]);
		}
		for (Case c : cases) {
			Report report = checker.check(c.text());
			Set<Category> found = detected(report);
			for (Category category : Category.values()) {
				boolean expected = c.expected().contains(category);
				boolean got = found.contains(category);
				int[] n = counts.get(category);
				if (expected && got) {
					n[0]++;
				}
				else if (got) {
					n[1]++;
				}
				else if (expected) {
					n[2]++;
				}
			}
			if (c.expected().isEmpty()) {
				evaluation.cleanPosts++;
				if (report.verdict() != Verdict.CLEAR) {
					evaluation.cleanNotClear++;
				}
			}
			if (!found.equals(c.expected())) {
				evaluation.mistakes.add(c.id() + "\texpected " + names(c.expected()) + "\tgot " + names(found) + "\t"
						+ report.verdict() + "\t" + c.text());
			}
		}
		counts.forEach((category, n) -> evaluation.scores.put(category, new Score(n[0], n[1], n[2])));
		return evaluation;
	}

	static String names(Set<Category> categories) {
		if (categories.isEmpty()) {
			return "-";
		}
		StringBuilder out = new StringBuilder();
		for (Category c : categories) {
			if (out.length() > 0) {
				out.append(',');
			}
			out.append(c.name());
		}
		return out.toString();
	}

	double macroF1() {
		double sum = 0;
		int n = 0;
		for (Score s : this.scores.values()) {
			if (s.support() > 0 || s.falsePositives() > 0) {
				sum += s.f1();
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	double cleanNotClearShare() {
		return this.cleanPosts == 0 ? 0 : (double) this.cleanNotClear / this.cleanPosts;
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-24s %7s %7s %9s %9s %7s%n", "category", "support", "found", "recall",
				"precision", "F1"));
		this.scores.forEach((category, s) -> {
			if (s.support() == 0 && s.falsePositives() == 0) {
				return;
			}
			out.append(String.format(Locale.ROOT, "%-24s %7d %7d %9s %9s %7.3f%n", category.name(), s.support(),
					s.truePositives() + s.falsePositives(), fmt(s.recall()), fmt(s.precision()), s.f1()));
		});
		out.append(String.format(Locale.ROOT, "clean (NONE) posts: %d, not CLEAR: %d (share %.4f)%n", this.cleanPosts,
				this.cleanNotClear, cleanNotClearShare()));
		out.append(String.format(Locale.ROOT, "macro-F1: %.4f%n", macroF1()));
		return out.toString();
	}

	private static String fmt(double v) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
	}

}
