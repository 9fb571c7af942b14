package org.membercomms.checker;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread checking a 100 KB post (100,000 chars) of each shape that once made the
 * checker slow, or could (issue 16): the time of one check, which must stay well under a
 * second. The step bound of {@code BoundedWorkTest} says the work grows with the post; this
 * says what that work costs.
 *
 * <pre>
 * mvn -q -pl checker -Pjmh -DskipTests package
 * java -jar checker/target/benchmarks.jar ShapesBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xmx256m" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ShapesBenchmark {

	/** The length of each post. */
	static final int SIZE = 100_000;

	private static final Map<String, IntFunction<String>> SHAPES = Map.ofEntries(
			Map.entry("repeated-letter", (n) -> "a".repeat(n)), Map.entry("single-letters", (n) -> fill("a ", n)),
			Map.entry("dotted-letters", (n) -> fill("a. ", n)), Map.entry("spelled-out", (n) -> fill("f u c k ", n)),
			Map.entry("letter-runs", (n) -> fill("a ".repeat(16) + "\n", n)),
			Map.entry("repeated-word", (n) -> fill("idiot ", n)),
			Map.entry("names", (n) -> fill("Cllr John Smith Mary Jones Peter Brown ", n)),
			Map.entry("mentions", (n) -> fill("@johnsmith @mary_jones ", n)),
			Map.entry("hashtags", (n) -> fill("#saveourlibraryfromclosure ", n)),
			Map.entry("emoji", (n) -> fill("😀👍🏽👨‍👩‍👧‍👦🏳️‍🌈 ", n)),
			Map.entry("long-url", (n) -> "https://example.co.uk/" + fill("path/segment-", n - 30) + "?q=1&r=2"),
			Map.entry("quotes-brackets", (n) -> fill("\"he said 'it (is [a {test ", n)),
			Map.entry("long-word", (n) -> "x".repeat(n)), Map.entry("masked", (n) -> fill("f*** ", n)),
			Map.entry("phone-numbers", (n) -> fill("07912 345678 ", n)), Map.entry("digits", (n) -> "1".repeat(n)),
			Map.entry("addresses", (n) -> fill("he lives at 12 Rose Road SW1A 1AA ", n)),
			Map.entry("emails", (n) -> fill("john.smith@gmail.com ", n)),
			Map.entry("at-signs", (n) -> fill("a.b.c.d.e.f@", n)),
			Map.entry("allegations", (n) -> fill("he is a crook and ", n)),
			Map.entry("court-reports", (n) -> fill("the court heard he is a liar and ", n)),
			Map.entry("sentences", (n) -> fill("He is a crook. ", n)),
			Map.entry("prose", (n) -> fill(
					"The council's budget report will be discussed at the next committee meeting on Tuesday. ", n)));

	@Param({ "repeated-letter", "single-letters", "dotted-letters", "spelled-out", "letter-runs", "repeated-word",
			"names", "mentions", "hashtags", "emoji", "long-url", "quotes-brackets", "long-word", "masked",
			"phone-numbers", "digits", "addresses", "emails", "at-signs", "allegations", "court-reports", "sentences",
			"prose" })
	public String shape;

	private PostChecker checker;

	private String post;

	@Setup
	public void setUp() {
		this.checker = PostChecker.create();
		this.post = SHAPES.get(this.shape).apply(SIZE);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Report check() {
		return this.checker.check(this.post);
	}

	private static String fill(String unit, int size) {
		StringBuilder text = new StringBuilder(size + unit.length());
		while (text.length() < size) {
			text.append(unit);
		}
		return text.substring(0, size);
	}

}
