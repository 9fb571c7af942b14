package org.membercomms.checker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.membercomms.checker.Finding;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Span;

/**
 * The command-line tool: {@code check}, {@code classify}, {@code evaluate} and
 * {@code bench}. Input and output are UTF-8 whatever the locale.
 */
public final class CheckerCommand {

	private static final String USAGE = """
			Usage: java -jar membercomms-checker.jar <command>
			  check [--json]        check one post read from standard input
			  classify              TSV id<TAB>text on standard input -> id verdict categories offensive
			  evaluate [file]       labelled TSV id<TAB>expected<TAB>text (standard input by default)
			                        -> recall and precision per category, clean posts not CLEAR, macro-F1
			  bench [file] [--seconds N]  posts per second and latency percentiles over a corpus
			                        (one post a line, or TSV whose last field is the text)
			Retraining the offensive-language model and measuring it on OLID (train, evaluate --olid)
			is the training pipeline's: membercomms-checker-training.jar (see checker-training/README.md).
			""";

	private CheckerCommand() {
	}

	public static void main(String[] args) throws IOException {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
				StandardCharsets.UTF_8);
		int status = run(args, System.in, out, err);
		out.flush();
		System.exit(status);
	}

	static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
		if (args.length == 0) {
			err.print(USAGE);
			return 2;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		switch (args[0]) {
			case "check" -> check(rest.contains("--json"), in, out);
			case "classify" -> classify(in, out);
			case "evaluate" -> {
				return evaluate(rest, in, out, err);
			}
			case "bench" -> {
				return bench(rest, in, out, err);
			}
			case "help", "--help", "-h" -> out.print(USAGE);
			default -> {
				err.print("Unknown command " + args[0] + "\n" + USAGE);
				return 2;
			}
		}
		return 0;
	}

	private static void check(boolean json, InputStream in, PrintStream out) throws IOException {
		String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		if (text.endsWith("\n")) {
			text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
		}
		Report report = PostChecker.create().check(text);
		if (json) {
			out.println(Json.of(report, text));
			return;
		}
		out.println("Verdict: " + report.verdict());
		out.println(String.format(Locale.ROOT, "Offensive: %.4f", report.offensive()));
		if (report.findings().isEmpty()) {
			out.println("No risks found.");
		}
		for (Finding f : report.findings()) {
			out.println();
			out.println(f.category() + " (" + f.severity() + ") - see /protocol#" + f.section().key());
			out.println("  " + f.explanation());
			out.println("  What to do: " + f.advice());
			for (Span s : f.spans()) {
				out.println("  Evidence [" + s.start() + "-" + s.end() + "]: " + s.in(text).replace('\n', ' '));
			}
		}
	}

	private static void classify(InputStream in, PrintStream out) throws IOException {
		PostChecker checker = PostChecker.create();
		java.io.BufferedReader reader = Tsv.reader(in);
		StringBuilder batch = new StringBuilder(1 << 16);
		batch.append("id\tverdict\tcategories\toffensive\n");
		String line;
		boolean first = true;
		while ((line = Tsv.readLine(reader)) != null) {
			if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
				line = line.substring(1);
			}
			if (first) {
				first = false;
				if (Tsv.header(line)) {
					continue;
				}
			}
			batch.append(classifyLine(checker, line)).append('\n');
			if (batch.length() > 1 << 15) {
				out.print(batch);
				batch.setLength(0);
			}
		}
		out.print(batch);
		out.flush();
	}

	static String classifyLine(PostChecker checker, String line) {
		int tab = line.indexOf('\t');
		String id = tab < 0 ? line : line.substring(0, tab);
		id = id.replace('\r', ' ');
		if (tab < 0) {
			return id + "\tERROR\t-\t0.0000";
		}
		try {
			Report report = checker.check(line.substring(tab + 1));
			return id + "\t" + report.verdict() + "\t" + Evaluation.names(report.categories()) + "\t"
					+ String.format(Locale.ROOT, "%.4f", report.offensive());
		}
		catch (RuntimeException | StackOverflowError ex) {
			return id + "\tERROR\t-\t0.0000";
		}
	}

	private static int evaluate(List<String> args, InputStream in, PrintStream out, PrintStream err)
			throws IOException {
		if (args.contains("--olid")) {
			err.println("evaluate --olid is in membercomms-checker-training.jar now (see checker-training/README.md)");
			return 2;
		}
		List<String> files = new ArrayList<>();
		boolean verbose = false;
		for (String a : args) {
			if (a.equals("--verbose") || a.equals("-v")) {
				verbose = true;
			}
			else {
				files.add(a);
			}
		}
		List<String> lines;
		if (files.isEmpty() || files.get(0).equals("-")) {
			lines = Tsv.lines(in);
		}
		else {
			try (InputStream file = Files.newInputStream(Path.of(files.get(0)))) {
				lines = Tsv.lines(file);
			}
		}
		List<Evaluation.Case> cases;
		try {
			cases = Evaluation.parse(lines);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		Evaluation evaluation = Evaluation.run(PostChecker.create(), cases);
		out.println("posts: " + cases.size());
		out.print(evaluation.table());
		if (verbose) {
			out.println();
			out.println("mismatches:");
			evaluation.mistakes.forEach(out::println);
		}
		return 0;
	}

	/**
	 * The offensive score exactly as {@code classify} prints it (4 decimals).
	 * @param checker the checker
	 * @param text a post
	 * @return its score
	 */
	public static double classifiedScore(PostChecker checker, String text) {
		String line = classifyLine(checker, "x\t" + text);
		return Double.parseDouble(line.substring(line.lastIndexOf('\t') + 1));
	}

	private static int bench(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
		double seconds = 5;
		String file = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--seconds") && i + 1 < args.size()) {
				seconds = Double.parseDouble(args.get(++i));
			}
			else {
				file = args.get(i);
			}
		}
		List<String> lines;
		if (file == null || file.equals("-")) {
			lines = Tsv.lines(in);
		}
		else {
			try (InputStream input = Files.newInputStream(Path.of(file))) {
				lines = Tsv.lines(input);
			}
		}
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if ((i == 0 && Tsv.header(line)) || line.isBlank()) {
				continue;
			}
			int tab = line.lastIndexOf('\t');
			posts.add(tab < 0 ? line : line.substring(tab + 1));
		}
		if (posts.isEmpty()) {
			err.println("No posts in the corpus");
			return 2;
		}
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long heapBefore = runtime.totalMemory() - runtime.freeMemory();
		long loadStart = System.nanoTime();
		PostChecker checker = PostChecker.create();
		checker.check("warm the class loading");
		long loadNanos = System.nanoTime() - loadStart;
		System.gc();
		long heapAfter = runtime.totalMemory() - runtime.freeMemory();
		long warmUntil = System.nanoTime() + (long) (Math.min(seconds, 3) * 1e9);
		int k = 0;
		while (System.nanoTime() < warmUntil) {
			checker.check(posts.get(k++ % posts.size()));
		}
		long[] latencies = new long[1 << 20];
		int count = 0;
		long chars = 0;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
		long start = System.nanoTime();
		long until = start + (long) (seconds * 1e9);
		while (System.nanoTime() < until && count < latencies.length) {
			String post = posts.get(count % posts.size());
			long t0 = System.nanoTime();
			checker.check(post);
			latencies[count++] = System.nanoTime() - t0;
			chars += post.length();
		}
		long elapsed = System.nanoTime() - start;
		long cpu = cpuStart < 0 ? -1 : threads.getCurrentThreadCpuTime() - cpuStart;
		long[] sorted = Arrays.copyOf(latencies, count);
		Arrays.sort(sorted);
		out.println(String.format(Locale.ROOT, "posts: %d distinct, %d checked, mean length %.0f chars", posts.size(),
				count, (double) chars / count));
		out.println(String.format(Locale.ROOT, "throughput: %.0f posts/s (one thread)", count / (elapsed / 1e9)));
		if (cpu > 0) {
			out.println(String.format(Locale.ROOT,
					"thread CPU time: %.1f us a post, so %.0f posts/s when the thread has a core to itself",
					cpu / 1e3 / count, count / (cpu / 1e9)));
		}
		out.println(String.format(Locale.ROOT, "latency us: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f",
				pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9), sorted[count - 1] / 1e3));
		out.println(String.format(Locale.ROOT, "load: %.0f ms; heap held by the checker: about %.1f MB",
				loadNanos / 1e6, Math.max(0, heapAfter - heapBefore) / 1e6));
		return 0;
	}

	private static double pct(long[] sorted, double p) {
		int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e3;
	}

}
