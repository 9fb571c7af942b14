package org.membercomms.checker.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FittingCommandTest {

	private static String run(int expected, String... args) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = FittingCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
		return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void evaluatesAnOlidFileByWhatClassifyPrints(@TempDir Path dir) throws IOException {
		Path olid = dir.resolve("olid.tsv");
		Files.writeString(olid,
				"id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n"
						+ "1\t@USER Shut your stupid mouth, nobody cares what you think\tOFF\tTIN\tIND\n"
						+ "2\tThanks to everyone who came to the litter pick on Saturday\tNOT\tNULL\tNULL\n");
		String output = run(0, "evaluate", "--olid", olid.toString());
		assertThat(output).contains("n=2 macro-F1 1.0000").endsWith("macro-F1: 1.0000\n");
	}

	@Test
	void evaluatesTheOfficialOlidTestLayoutWithSeparateLabels(@TempDir Path dir) throws IOException {
		Path tweets = dir.resolve("testset-levela.tsv");
		Path labels = dir.resolve("labels-levela.csv");
		Files.writeString(tweets,
				"id\ttweet\n7\tYou are a pathetic worthless loser\n8\tThanks to everyone who came to the litter pick on Saturday\n");
		Files.writeString(labels, "7,OFF\n8,NOT\n");
		String output = run(0, "evaluate", "--olid", tweets.toString(), "--labels", labels.toString());
		assertThat(output).contains("n=2 macro-F1 1.0000");
	}

	@Test
	void findsTheOlidFileInTheDataFolder(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("olid"));
		Files.writeString(dir.resolve(FittingCommand.OLID),
				"id\ttweet\tsubtask_a\n1\tYou are a pathetic worthless loser\tOFF\n2\tThe library opens at nine\tNOT\n");
		assertThat(run(0, "evaluate", "--data", dir.toString())).contains("n=2 ");
	}

	@Test
	void saysWhereDataIsMissing(@TempDir Path dir) throws IOException {
		assertThat(run(2, "evaluate", "--data", dir.toString())).contains("No OLID file at");
		assertThat(run(2, "train", "--data", dir.toString())).contains("No OLID training file under");
	}

	@Test
	void evaluatesTheHatEvalValidationSplitInTheDataFolder(@TempDir Path dir) throws IOException {
		Path hateval = Files.createDirectories(dir.resolve("hateval2019-tweeteval"));
		Files.writeString(hateval.resolve("val_text.txt"),
				"Immigrants are vermin and they are ruining this town.\nThe library opens at nine on Saturday.\n");
		Files.writeString(hateval.resolve("val_labels.txt"), "1\n0\n");
		String output = run(0, "evaluate", "--hateval", "--data", dir.toString());
		assertThat(output).startsWith("HatEval 2019 validation, a DISCRIMINATION or INCITEMENT finding")
			.contains("n=2 macro-F1 ", "(F1 NOT ", ", HATE ", "expected HATE 1, predicted HATE ")
			.containsPattern("\nmacro-F1: \\d\\.\\d{4}\n$");
	}

	@Test
	void saysWhereTheHatEvalSplitIsMissing(@TempDir Path dir) throws IOException {
		assertThat(run(2, "evaluate", "--hateval", "--data", dir.toString()))
			.contains("No HatEval validation split at " + dir.resolve("hateval2019-tweeteval"));
		assertThat(run(2, "evaluate", "--hateval", "--held-back")).contains("--hateval takes only --data");
	}

	@Test
	void refusesUnknownArgumentsAndMissingValues() throws IOException {
		assertThat(run(2, "train", "../shared/data")).contains("unknown argument ../shared/data").contains("Usage:");
		assertThat(run(2, "train", "--model")).contains("lacks its value");
		assertThat(run(2, "fit")).contains("Unknown command fit");
	}

	@Test
	void trainsAndWritesTheModelAndHeldBackIdsWhereTold(@TempDir Path dir) throws IOException {
		Path data = dir.resolve("data");
		Files.createDirectories(data.resolve("olid"));
		StringBuilder olid = new StringBuilder("id\ttweet\tsubtask_a\n");
		String[] rude = { "you utter plonker", "what a rotten scoundrel you are", "shut up you plonker" };
		String[] kind = { "thank you for the lovely afternoon", "the library opens at nine",
				"thanks to our volunteers" };
		for (int i = 0; i < 300; i++) {
			boolean off = i % 3 == 0;
			olid.append(i).append('\t').append((off ? rude : kind)[i % 3]).append(' ').append(i).append('\t');
			olid.append(off ? "OFF" : "NOT").append('\n');
		}
		Files.writeString(data.resolve(FittingCommand.OLID), olid);
		Path model = dir.resolve("out/model.bin");
		Path ids = dir.resolve("out/ids.txt");
		String output = run(0, "train", "--data", data.toString(), "--model", model.toString(), "--held-back-ids",
				ids.toString(), "--extra", "none", "--bits", "12", "--epochs", "2");
		assertThat(output).contains("training on OLID 243;", "wrote " + model, "checker, OLID held back:");
		assertThat(model).isNotEmptyFile();
		assertThat(Files.readAllLines(ids)).hasSize(31).first().asString().startsWith("# OLID level A held-back");
	}

}
