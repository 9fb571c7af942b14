package org.membercomms.checker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * One thread checking council-style posts of 280 characters built from the labelled cases:
 * all of them (a dense mix of clean and risky posts), or the clean ones only. Throughput gives posts per second; sample time
 * gives the latency percentiles of one check. The warm-up is long (25 seconds): on a 2-core
 * machine the JIT compiler is still compiling the rules after 10 seconds, and measuring
 * before that measures the compiler, not the checker. Three forks, because one fork's
 * figures move by a quarter from run to run (the compiler does not compile the same way
 * every time).
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 3, jvmArgs = { "-Xmx100m" })
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class PostCheckerBenchmark {

	/** All cases (dense in names, numbers and abuse) or the clean cases only (the usual post). */
	@Param({ "bench-posts.txt", "bench-clean-posts.txt" })
	public String corpus;

	private PostChecker checker;

	private List<String> posts;

	private int next;

	@Setup
	public void setUp() throws IOException {
		this.checker = PostChecker.create();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				PostCheckerBenchmark.class.getResourceAsStream(this.corpus), StandardCharsets.UTF_8))) {
			this.posts = reader.lines().toList();
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Report throughput() {
		return check();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Report latency() {
		return check();
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	@Fork(value = 5, jvmArgs = { "-Xmx100m" })
	public PostChecker loadChecker() {
		return PostChecker.create();
	}

	private Report check() {
		String post = this.posts.get(this.next);
		this.next = (this.next + 1) % this.posts.size();
		return this.checker.check(post);
	}

}
