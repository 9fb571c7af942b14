package org.membercomms.checker.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.cli.CheckerCommand;
import org.membercomms.checker.fitting.Corpora.Example;

/**
 * Measures the shipped checker on the held-back 10% of the OLID training file, scoring
 * what {@code classify} prints. Needs {@code ../shared/data/} beside the repository (or
 * {@code -Dmembercomms.data=DIR}); skips with a notice when it is missing. Only reads it.
 */
class HeldBackEvaluationTest {

	private static Corpora corpora;

	@BeforeAll
	static void findData() {
		corpora = new Corpora(dataFolder());
		if (!corpora.available()) {
			System.out.println("NOTICE: HeldBackEvaluationTest skipped: no OLID data at " + dataFolder()
					+ " (expected ../shared/data beside the repository, or -Dmembercomms.data=DIR)");
		}
	}

	@BeforeEach
	void needData() {
		Assumptions.assumeTrue(corpora.available(), "no OLID data at " + dataFolder());
	}

	static Path dataFolder() {
		String set = System.getProperty("membercomms.data");
		if (set != null) {
			return Path.of(set);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null
				&& !(Files.isDirectory(dir.resolve("checker")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
			dir = dir.getParent();
		}
		return (dir == null ? Path.of("..") : dir).resolve("../shared/data").normalize();
	}

	@Test
	void heldBackIdsAreTheFixedStratifiedSplit() throws IOException {
		List<Example> olid = corpora.olid();
		Set<String> committed = ModelFit.heldBackIds();
		assertThat(committed).hasSize(1324).isEqualTo(Splits.stratified(olid, 0.1, Splits.HELD_BACK_SEED));
	}

	@Test
	void reachesTheMacroF1TargetOnTheHeldBackPart() throws IOException {
		Set<String> ids = ModelFit.heldBackIds();
		List<Example> heldBack = corpora.olid().stream().filter((e) -> ids.contains(e.id())).toList();
		PostChecker checker = PostChecker.create();
		Metrics metrics = ModelFit.measure(heldBack, (text) -> CheckerCommand.classifiedScore(checker, text));
		System.out.println("OLID held back: " + metrics);
		// Issue 18's target is 0.75: 0.7559 since the model was retrained on hashtags cut
		// into words (ADR 31, MODEL_CARD.md).
		assertThat(metrics.macroF1()).isGreaterThanOrEqualTo(0.75);
	}

}
