package org.membercomms.checker.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed table of what kind of thing each word names is what {@code hypernyms}
 * draws: it was not edited by hand. Needs a WordNet 3.0 database (Debian's
 * {@code wordnet-base}); where there is none the test is skipped with a notice.
 */
class HypernymsCommandTest {

	private static final Path TABLE = Path
		.of("../checker/src/main/resources/org/membercomms/checker/rules/word-hypernyms.tsv");

	@Test
	void drawsTheCommittedTable(@TempDir Path out) throws IOException {
		Path wordnet = InstalledWordNet.orSkip("the committed word-hypernyms.tsv was");
		Path drawn = out.resolve("word-hypernyms.tsv");
		int status = HypernymsCommand.run(List.of("--wordnet", wordnet.toString(), "--out", drawn.toString()),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		List<String> lines = Files.readAllLines(drawn);
		assertThat(lines).hasSizeGreaterThan(50_000).isEqualTo(Files.readAllLines(TABLE));
		assertThat(lines).contains("paid\t^give.v3 ^paid.a1 ^pay.v1 ^transfer.v5");
	}

}
