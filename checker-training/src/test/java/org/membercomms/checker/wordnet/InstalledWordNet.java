package org.membercomms.checker.wordnet;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The WordNet 3.0 database the re-drawing tests read (Debian's {@code wordnet-base}, or
 * {@code -Dmembercomms.wordnet=DIR}); where there is none, a test is skipped with a
 * notice that says what was not re-drawn.
 */
final class InstalledWordNet {

	static final Path FOLDER = Path.of(System.getProperty("membercomms.wordnet", "/usr/share/wordnet"));

	private InstalledWordNet() {
	}

	/**
	 * Skips the calling test, with a notice, where no database is installed.
	 * @param what what the test would have re-drawn
	 * @return the database's folder
	 */
	static Path orSkip(String what) {
		boolean present = Files.exists(FOLDER.resolve("data.noun"));
		if (!present) {
			System.err.println("NOTICE: no WordNet database at " + FOLDER + " (apt-get install wordnet-base); " + what
					+ " not re-drawn");
		}
		Assumptions.assumeTrue(present, "no WordNet database");
		return FOLDER;
	}

}
