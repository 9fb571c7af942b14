package org.membercomms.checker.hostility;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;
import org.membercomms.checker.hostility.Templates.Case;
import org.membercomms.checker.hostility.Templates.Template;
import org.membercomms.checker.offensive.OffensiveModel;
import org.membercomms.checker.rules.Hostility;
import org.membercomms.checker.rules.HostilityModel;

/**
 * {@code fit-hostility}: fits the learned reading on the functional suite's tuning half
 * and the development sets' development parts, and writes it; with {@code --leave-out}
 * one writer's set is kept out of fitting and the whole checker, with and without the new
 * reading, is measured on that set's check part, scored as the suite scores. The build
 * never runs it: the model it wrote is committed, and fitting again on the same files
 * writes the same model.
 */
public final class HostilityCommand {

	/**
	 * The labelled posts the shipped reading is fitted on, beside the suite: the
	 * checker's tuning sets of council-style posts and the development parts of the
	 * development posts (never {@code cases-held-back.tsv} nor the
	 * {@code cases-development-check*.tsv}, which are only measured).
	 */
	static final List<String> POSTS = List.of("cases.tsv", "cases-unseen.tsv", "cases-development.tsv",
			"cases-development-2.tsv");

	private HostilityCommand() {
	}

	/**
	 * Fits, writes and measures.
	 * @param args
	 * {@code --suite DIR [--posts FILE]... [--out FILE] [--leave-out NAME [--errors]]}
	 * @param out where to report
	 * @return the exit status
	 * @throws IOException when a file cannot be read or written
	 */
	public static int run(List<String> args, PrintStream out) throws IOException {
		Path suite = null;
		Path file = null;
		String leaveOut = null;
		boolean errors = false;
		List<Path> posts = new ArrayList<>();
		List<String> measured = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
				case "--suite" -> suite = Path.of(args.get(++i));
				case "--out" -> file = Path.of(args.get(++i));
				case "--leave-out" -> leaveOut = args.get(++i);
				case "--errors" -> errors = true;
				case "--posts" -> posts.add(Path.of(args.get(++i)));
				case "--measure" -> measured.add(args.get(++i));
				default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
			}
		}
		if (suite == null) {
			throw new IllegalArgumentException("--suite DIR is needed");
		}
		Templates templates = Templates.in(suite);
		List<Template> all = new ArrayList<>();
		for (Path set : sets(suite)) {
			all.addAll(Templates.read(set));
		}
		for (Path set : posts) {
			all.addAll(Templates.readPosts(set));
		}
		PostChecker checker = PostChecker.create();
		HostilityModel model = fit(all, templates, checker, leaveOut);
		out.println(model.description());
		if (file != null) {
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				model.write(writer);
			}
			out.println("Wrote " + file);
		}
		if (leaveOut != null) {
			measured.add(0, leaveOut);
		}
		for (String set : measured) {
			measure(all, templates, set, model, out);
		}
		if (leaveOut != null && errors) {
			errors(all, templates, leaveOut, model, out);
		}
		return 0;
	}

	/**
	 * Fits the reading on every template of a fitted half, leaving out one file.
	 * @param all every template
	 * @param templates the expander
	 * @param checker a checker, for the features
	 * @param leaveOut a file name to leave out, or null
	 * @return the model
	 */
	static HostilityModel fit(List<Template> all, Templates templates, PostChecker checker, String leaveOut) {
		List<Fit.Example> examples = new ArrayList<>();
		int fitted = 0;
		for (Template template : all) {
			if (!Templates.FITTED.contains(template.half()) || template.file().equals(leaveOut)) {
				continue;
			}
			fitted++;
			List<Case> cases = templates.expand(template);
			for (Case c : cases) {
				List<String> features = checker.hostilityFeatures(c.text());
				if (!features.isEmpty()) {
					// a post that names no target is never read, so it is not fitted on
					examples.add(new Fit.Example(features, template.hostility(), 1.0 / cases.size()));
				}
			}
		}
		String description = "Fitted by `membercomms-checker-training fit-hostility` on " + fitted
				+ " templates and posts (" + examples.size()
				+ " cases) of the functional suite's tuning half and the development and everyday sets' "
				+ "development parts" + postsOf(all) + (leaveOut == null ? "" : ", leaving out " + leaveOut) + ".\n"
				+ "Multinomial logistic regression over words, their WordNet classes and word pairs, targets put as their kinds: "
				+ Fit.Settings.DEFAULT + ".";
		return Fit.fit(examples, Fit.Settings.DEFAULT, description);
	}

	/** ", and the labelled posts of a.tsv, b.tsv", or nothing. */
	private static String postsOf(List<Template> all) {
		List<String> files = all.stream()
			.filter((t) -> t.functionality().equals("post"))
			.map(Template::file)
			.distinct()
			.toList();
		return files.isEmpty() ? "" : ", and the labelled posts of " + String.join(", ", files);
	}

	private static void measure(List<Template> all, Templates templates, String set, HostilityModel model,
			PrintStream out) {
		PostChecker without = PostChecker.create(OffensiveModel.load(), silent());
		PostChecker with = PostChecker.create(OffensiveModel.load(), model);
		int[] cases = new int[2];
		int[] rightWithout = new int[2];
		int[] rightWith = new int[2];
		for (Template template : all) {
			if (!template.file().equals(set) || Templates.FITTED.contains(template.half())) {
				continue;
			}
			int contrast = template.expected().isEmpty() ? 1 : 0;
			for (Case c : templates.expand(template)) {
				cases[contrast]++;
				rightWithout[contrast] += right(template, without.check(c.text())) ? 1 : 0;
				rightWith[contrast] += right(template, with.check(c.text())) ? 1 : 0;
			}
		}
		int total = cases[0] + cases[1];
		out.printf(Locale.ROOT,
				"%s, check part: %d cases; rules alone %.3f, with the reading %.3f "
						+ "(risky cases right %s, then %s; contrasts right %s, then %s)%n",
				set, total, (double) (rightWithout[0] + rightWithout[1]) / total,
				(double) (rightWith[0] + rightWith[1]) / total, share(rightWithout[0], cases[0]),
				share(rightWith[0], cases[0]), share(rightWithout[1], cases[1]), share(rightWith[1], cases[1]));
	}

	/**
	 * Prints the first wrong case of each template of the left-out set's development part
	 * (the part that may be tuned on; its check part is only measured).
	 */
	private static void errors(List<Template> all, Templates templates, String leaveOut, HostilityModel model,
			PrintStream out) {
		PostChecker with = PostChecker.create(OffensiveModel.load(), model);
		for (Template template : all) {
			if (!template.file().equals(leaveOut) || !template.half().equals("development")) {
				continue;
			}
			for (Case c : templates.expand(template)) {
				Report report = with.check(c.text());
				if (!right(template, report)) {
					out.println(template.id() + "\t" + template.functionality() + "\t" + report.verdict() + "\t"
							+ c.text());
					break;
				}
			}
		}
	}

	private static String share(int part, int whole) {
		return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
	}

	/** A reading that never reports anything: the checker's rules alone. */
	static HostilityModel silent() {
		float[] bias = new float[Hostility.values().length];
		bias[Hostility.NONE.ordinal()] = 100;
		return new HostilityModel("silent", bias, Map.of());
	}

	/** As the functional suite scores a case. */
	static boolean right(Template template, Report report) {
		if (template.expected().isEmpty()) {
			return report.verdict() == Verdict.CLEAR;
		}
		for (Finding finding : report.findings()) {
			if (finding.severity() != Severity.ADVICE && template.expected().contains(finding.category().name())) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> sets(Path suite) throws IOException {
		List<Path> sets = new ArrayList<>();
		sets.add(suite.resolve("templates.tsv"));
		try (Stream<Path> files = Files.list(suite)) {
			files.filter((p) -> p.getFileName().toString().matches("(development|everyday)(-\\d+)?\\.tsv"))
				.sorted()
				.forEach(sets::add);
		}
		return sets;
	}

}
