package org.membercomms.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CheckerCommandTest {

	private static String run(String input, String... args) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = CheckerCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void classifiesInOrderWithHeaderAndErrors() throws IOException {
		String output = run("\uFEFFid\ttext\n" + "a1\tThanks to Sarah and Tom for the litter pick!\n"
				+ "a2\tCllr Pendleton is a f***ing idiot.\n" + "no tab here\n"
				+ "a3\tCall the council on 0300 123 4567.\r\n", "classify");
		assertThat(output.split("\n")).containsExactly("id\tverdict\tcategories\toffensive",
				"a1\tCLEAR\t-\t" + offensive(output, 1),
				"a2\tHIGH_RISK\tMALICIOUS_COMMUNICATION,DISRESPECT\t" + offensive(output, 2),
				"no tab here\tERROR\t-\t0.0000", "a3\tCLEAR\t-\t" + offensive(output, 4));
		assertThat(offensive(output, 1)).matches("0\\.\\d{4}");
		assertThat(Double.parseDouble(offensive(output, 1))).isLessThan(0.5);
		assertThat(Double.parseDouble(offensive(output, 2))).isGreaterThanOrEqualTo(0.5);
		assertThat(Double.parseDouble(offensive(output, 4))).isLessThan(0.5);
	}

	@Test
	void splitsLinesOnLineFeedsOnly() throws IOException {
		String output = run("a\tone\rstill one\u2028and still one\r\nb\ttwo\n\n", "classify");
		assertThat(output.split("\n")).containsExactly("id\tverdict\tcategories\toffensive",
				"a\tCLEAR\t-\t" + offensive(output, 1), "b\tCLEAR\t-\t" + offensive(output, 2), "\tERROR\t-\t0.0000");
	}

	@Test
	void treatsAFirstLineWithoutHeaderAsAPost() throws IOException {
		String output = run("x\tHello residents\n", "classify");
		assertThat(output).isEqualTo("id\tverdict\tcategories\toffensive\nx\tCLEAR\t-\t" + offensive(output, 1) + "\n");
		assertThat(Double.parseDouble(offensive(output, 1))).isLessThan(0.5);
	}

	@Test
	void keepsEverythingAfterTheFirstTabAsText() throws IOException {
		String output = run("t1\tCllr Greaves is a liar\tand a thief\n", "classify");
		assertThat(output).contains("t1\tHIGH_RISK\tDEFAMATION,DISRESPECT\t");
	}

	@Test
	void writesFourDecimalsWithAPoint() throws IOException {
		String output = run("b\tWhat a load of bollocks\n", "classify");
		assertThat(output.split("\n")[1]).matches("b\tCLEAR\tMALICIOUS_COMMUNICATION\t0\\.\\d{4}");
	}

	@Test
	void checksOnePostReadably() throws IOException {
		String output = run("Someone should smash his windows.\n", "check");
		assertThat(output).contains("Verdict: HIGH_RISK")
			.contains("INCITEMENT")
			.contains("/protocol#incitement")
			.contains("Serious Crime Act 2007");
	}

	@Test
	void checksOnePostAsJson() throws IOException {
		String output = run("Ring Mr Deacon on 07912 345678 about \"his\" hedge", "check", "--json");
		assertThat(output).startsWith("{\"verdict\":\"HIGH_RISK\"")
			.contains("\"category\":\"DATA_PROTECTION\"")
			.contains("\"section\":\"data-protection\"")
			.contains("\"text\":\"07912 345678\"");
	}

	@Test
	void evaluatesLabelledPosts() throws IOException {
		String output = run("id\texpected\ttext\n1\tNONE\tThanks all\n2\tDISRESPECT\tCllr Tolley is a clown.\n",
				"evaluate");
		assertThat(output).contains("DISRESPECT").contains("not CLEAR: 0").contains("macro-F1: 1.0000");
	}

	@Test
	void benchmarksACorpus() throws IOException {
		String output = run("1\tThanks to everyone at the fun day\n2\tCllr Tolley is a clown\n", "bench", "--seconds",
				"0.2");
		assertThat(output).contains("posts/s").contains("p99");
	}

	private static String offensive(String output, int line) {
		String[] fields = output.split("\n")[line].split("\t");
		return fields[fields.length - 1];
	}

}
