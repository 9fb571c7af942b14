package org.membercomms.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.membercomms.checker.PostChecker;

/**
 * The safety net for every change to the checker that is not meant to change what it
 * says: {@code classify} and {@code check --json} over the labelled cases, the unseen
 * cases and both benchmark corpora, compared line by line with the expected output
 * committed in {@code src/test/resources/org/membercomms/checker/golden/}.
 * <p>
 * When a change is meant to change the output, write the expected files anew and review
 * their diff in the commit: <pre>
 * mvn -pl checker test -Dtest=GoldenOutputTest -Dgolden.update=true
 * </pre>
 */
class GoldenOutputTest {

	private static final Path GOLDEN = Path.of("src/test/resources/org/membercomms/checker/golden");

	private static final Path CASES = Path.of("src/test/resources/org/membercomms/checker");

	private static final Path BENCHMARK = Path.of("src/jmh/resources/org/membercomms/checker");

	private static PostChecker checker;

	@BeforeAll
	static void loadChecker() {
		checker = PostChecker.create();
	}

	static Stream<Arguments> corpora() {
		return Stream.of(Arguments.of("cases", CASES.resolve("cases.tsv")),
				Arguments.of("cases-unseen", CASES.resolve("cases-unseen.tsv")),
				Arguments.of("bench-posts", BENCHMARK.resolve("bench-posts.txt")),
				Arguments.of("bench-clean-posts", BENCHMARK.resolve("bench-clean-posts.txt")));
	}

	@ParameterizedTest(name = "classify {0}")
	@MethodSource("corpora")
	void classifiesAsBefore(String name, Path corpus) throws IOException {
		String input = String.join("\n", idAndText(corpus)) + "\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = CheckerCommand.run(new String[] { "classify" },
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print(out),
				print(new ByteArrayOutputStream()));
		assertThat(status).isZero();
		compare(name + ".classify.tsv", lines(out));
	}

	@ParameterizedTest(name = "check --json {0}")
	@MethodSource("corpora")
	void reportsAsBefore(String name, Path corpus) throws IOException {
		List<String> reports = new ArrayList<>();
		for (String line : idAndText(corpus)) {
			String text = line.substring(line.indexOf('\t') + 1);
			reports.add(Json.of(checker.check(text), text));
		}
		compare(name + ".check.jsonl", reports);
	}

	@ParameterizedTest(name = "check --json through the command, first posts of {0}")
	@MethodSource("corpora")
	void printsTheSameReportThroughTheCommand(String name, Path corpus) throws IOException {
		for (String line : idAndText(corpus).subList(0, 3)) {
			String text = line.substring(line.indexOf('\t') + 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			CheckerCommand.run(new String[] { "check", "--json" }, input(text), print(out),
					print(new ByteArrayOutputStream()));
			assertThat(lines(out)).containsExactly(Json.of(checker.check(text), text));
		}
	}

	/**
	 * @return each post as {@code id<TAB>text}: a case keeps its id; a benchmark post,
	 * one to a line, is numbered from 1
	 */
	private static List<String> idAndText(Path corpus) throws IOException {
		List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
		if (corpus.toString().endsWith(".tsv")) {
			return Evaluation.parse(lines).stream().map(post -> post.id() + "\t" + post.text()).toList();
		}
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			posts.add((i + 1) + "\t" + lines.get(i));
		}
		return posts;
	}

	private static void compare(String file, List<String> actual) throws IOException {
		Path expected = GOLDEN.resolve(file);
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.write(expected, actual, StandardCharsets.UTF_8);
			System.out.println("GoldenOutputTest: wrote " + expected);
			return;
		}
		List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
		for (int i = 0; i < Math.min(lines.size(), actual.size()); i++) {
			assertThat(actual.get(i)).as("%s line %d", file, i + 1).isEqualTo(lines.get(i));
		}
		assertThat(actual).as("%s: number of lines", file).hasSameSizeAs(lines);
	}

	private static List<String> lines(ByteArrayOutputStream out) {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static InputStream input(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

}
