package org.membercomms.checker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the speed of two or more builds of the checker on a busy machine: loads each
 * shaded jar in its own class loader in one JVM, then takes turns checking the corpus
 * twice with each, 60 times, so that other processes slow every build alike; prints the
 * fastest, the first quartile and the median time a post per build, in wall-clock time
 * and in the thread's CPU time (less disturbed by other processes). Run with
 * {@code java -cp checker/target/benchmarks.jar org.membercomms.checker.CompareJars
 * corpus.txt old.jar new.jar}.
 */
public final class CompareJars {

	private CompareJars() {
	}

	public static void main(String[] args) throws Exception {
		List<String> posts = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
		int builds = args.length - 1;
		Object[] checkers = new Object[builds];
		Method[] checks = new Method[builds];
		for (int b = 0; b < builds; b++) {
			URLClassLoader loader = new URLClassLoader(new URL[] { Path.of(args[b + 1]).toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			Class<?> type = loader.loadClass("org.membercomms.checker.PostChecker");
			checkers[b] = type.getMethod("create").invoke(null);
			checks[b] = type.getMethod("check", String.class);
		}
		int rounds = 60;
		double[][] micros = new double[builds][rounds];
		double[][] cpu = new double[builds][rounds];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int r = -10; r < rounds; r++) {
			for (int b = 0; b < builds; b++) {
				long start = System.nanoTime();
				long startCpu = threads.getCurrentThreadCpuTime();
				for (int k = 0; k < 2; k++) {
					for (String post : posts) {
						checks[b].invoke(checkers[b], post);
					}
				}
				if (r >= 0) {
					micros[b][r] = (System.nanoTime() - start) / 1e3 / (2 * posts.size());
					cpu[b][r] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e3 / (2 * posts.size());
				}
			}
		}
		for (int b = 0; b < builds; b++) {
			print(Path.of(args[b + 1]).getFileName() + " wall", micros[b]);
			print(Path.of(args[b + 1]).getFileName() + " cpu", cpu[b]);
		}
	}

	private static void print(String name, double[] micros) {
		double[] sorted = micros.clone();
		Arrays.sort(sorted);
		int rounds = sorted.length;
		System.out.println(String.format(Locale.ROOT,
				"%-36s fastest %6.1f  p25 %6.1f  median %6.1f us a post (fastest: %.0f posts/s)", name, sorted[0],
				sorted[rounds / 4], sorted[rounds / 2], 1e6 / sorted[0]));
	}

}
