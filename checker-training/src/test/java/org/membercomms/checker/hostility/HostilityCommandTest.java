package org.membercomms.checker.hostility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed learned reading is what {@code fit-hostility} fits on the committed
 * templates and posts: nobody edited a weight by hand, and anyone can fit it again.
 */
class HostilityCommandTest {

	private static final Path RESOURCES = Path.of("../checker/src/test/resources/org/membercomms/checker");

	private static final Path SHIPPED = Path
		.of("../checker/src/main/resources/org/membercomms/checker/rules/hostility-model.tsv");

	/**
	 * The arguments the shipped model was fitted with (the checker's README says the
	 * same).
	 */
	static List<String> arguments(Path out) {
		List<String> args = new ArrayList<>(List.of("--suite", RESOURCES.resolve("functional").toString()));
		for (String posts : HostilityCommand.POSTS) {
			args.addAll(List.of("--posts", RESOURCES.resolve(posts).toString()));
		}
		args.addAll(List.of("--out", out.toString()));
		return args;
	}

	@Test
	void fitsTheCommittedModel(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("hostility-model.tsv");
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		int status = HostilityCommand.run(arguments(out), new PrintStream(said, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		assertThat(said.toString(StandardCharsets.UTF_8)).contains("Fitted by").contains("Wrote");
		assertThat(Files.readAllLines(out)).isEqualTo(Files.readAllLines(SHIPPED)).hasSizeGreaterThan(1000);
	}

}
