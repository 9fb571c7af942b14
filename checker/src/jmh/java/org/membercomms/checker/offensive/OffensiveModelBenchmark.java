package org.membercomms.checker.offensive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.membercomms.checker.PostCheckerBenchmark;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the classifier adds to one check: scoring the words of a 280-character post the
 * engine has already cut (all the labelled cases), and loading the model.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xmx100m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OffensiveModelBenchmark {

	private OffensiveModel model;

	private List<String> texts;

	private List<List<Token>> tokens;

	private int next;

	@Setup
	public void setUp() throws IOException {
		this.model = OffensiveModel.load();
		Words words = new Words(Lexicons.load());
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				PostCheckerBenchmark.class.getResourceAsStream("bench-posts.txt"), StandardCharsets.UTF_8))) {
			this.texts = reader.lines().toList();
		}
		this.tokens = new ArrayList<>();
		for (String text : this.texts) {
			this.tokens.add(words.of(text).tokens());
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public OffensiveModel.Assessment assess() {
		int k = this.next;
		this.next = (k + 1) % this.texts.size();
		return this.model.assess(this.texts.get(k), this.tokens.get(k));
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	@Fork(value = 5, jvmArgs = { "-Xmx100m" })
	public OffensiveModel loadModel() {
		return OffensiveModel.load();
	}

}
