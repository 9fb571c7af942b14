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
 * The committed WordNet lexicons are what {@code word-classes} draws: none was edited by
 * hand. Needs a WordNet 3.0 database (Debian's {@code wordnet-base}); where there is none
 * the test is skipped with a notice.
 */
class WordClassesCommandTest {

	private static final Path LEXICONS = Path.of("../checker/src/main/resources/org/membercomms/checker/lexicon");

	@Test
	void drawsTheCommittedLexicons(@TempDir Path out) throws IOException {
		Path wordnet = InstalledWordNet.orSkip("the committed WordNet lexicons were");
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		int status = WordClassesCommand.run(List.of("--wordnet", wordnet.toString(), "--out", out.toString()),
				new PrintStream(said, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		for (WordClass wordClass : WordClasses.ALL) {
			String name = wordClass.name() + ".txt";
			assertThat(Files.readAllLines(out.resolve(name))).as(name)
				.isEqualTo(Files.readAllLines(LEXICONS.resolve(name)))
				.hasSizeGreaterThan(WordClassesCommand.NOTICE.lines().toList().size() + 3);
		}
	}

}
