package org.membercomms.checker.fitting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.membercomms.checker.PostChecker;
import org.membercomms.checker.cli.CheckerCommand;

/**
 * The command-line tool of the training pipeline: {@code train} and {@code evaluate}. It
 * reads the labelled data sets from a data folder given on the command line and writes
 * only where it is told to. Output is UTF-8 whatever the locale.
 */
public final class FittingCommand {

	/** The data folder when none is given, relative to the working directory. */
	static final String DATA = "../shared/data";

	/** The OLID training file within the data folder. */
	static final String OLID = "olid/olid-training-v1.0.tsv";

	private static final String USAGE = """
			Usage: java -jar membercomms-checker-training.jar <command>
			  train [--data DIR] [--model FILE] [--held-back-ids FILE]
			        [--extra davidson,hatexplain,presidio,wnut17|none] [tuning options]
			                        rebuild the offensive-language model from the labelled data in DIR
			                        (default ../shared/data, relative to the working directory) and
			                        measure it; writes the model to FILE only with --model, the held-back
			                        OLID ids only with --held-back-ids. Tuning: --bits N --epochs N --lr X
			                        --l2 X --kinds W,P,G --no-balance --no-average --naive-bayes
			                        --extra-weight X --clean-weight X
			  evaluate [--data DIR] [--olid FILE] [--held-back] [--labels CSV]
			                        macro-F1 of the shipped checker's offensive score >= 0.5 (what
			                        classify prints) on OLID level A (default DIR/olid/olid-training-v1.0.tsv;
			                        --held-back: only the committed held-back ids; --labels: the official
			                        test set's separate id,label file, e.g. labels-levela.csv)
			  word-classes [--wordnet DIR] --out DIR
			                        draw the checker's WordNet word classes from a WordNet 3.0 database
			                        (default /usr/share/wordnet, Debian's wordnet-base) into DIR
			  hypernyms [--wordnet DIR] --out FILE
			                        draw from WordNet 3.0 what kind of thing each word names, for the
			                        learned reading (checker/.../rules/word-hypernyms.tsv)
			  fit-hostility --suite DIR [--out FILE] [--leave-out NAME]
			                        fit the learned reading on the tuning and development halves of the
			                        functional suite and development sets in DIR (the checker's test
			                        resources' functional folder) and write it to FILE; --leave-out keeps
			                        one set (e.g. development-2.tsv) out and measures the checker on its
			                        check part with and without the new reading
			  evaluate --hateval [--data DIR] [--split train|val]
			                        macro-F1 of the shipped checker on the HatEval 2019 validation split
			                        (DIR/hateval2019-tweeteval/val_text.txt and val_labels.txt): a tweet
			                        is flagged hate when it has a DISCRIMINATION or INCITEMENT finding of
			                        CAUTION or above; --split train measures the training split, the one
			                        to tune rules on (validation is for reporting only)
			""";

	private FittingCommand() {
	}

	public static void main(String[] args) throws IOException {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
				StandardCharsets.UTF_8);
		int status = run(args, out, err);
		out.flush();
		System.exit(status);
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
		if (args.length == 0) {
			err.print(USAGE);
			return 2;
		}
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			switch (args[0]) {
				case "train" -> {
					return train(rest, out, err);
				}
				case "evaluate" -> {
					return evaluate(rest, out, err);
				}
				case "word-classes" -> {
					return org.membercomms.checker.wordnet.WordClassesCommand.run(rest, out);
				}
				case "hypernyms" -> {
					return org.membercomms.checker.wordnet.HypernymsCommand.run(rest, out);
				}
				case "fit-hostility" -> {
					return org.membercomms.checker.hostility.HostilityCommand.run(rest, out);
				}
				case "help", "--help", "-h" -> {
					out.print(USAGE);
					return 0;
				}
				default -> {
					err.print("Unknown command " + args[0] + "\n" + USAGE);
					return 2;
				}
			}
		}
		catch (IndexOutOfBoundsException ex) {
			err.print(args[0] + ": an option lacks its value\n" + USAGE);
			return 2;
		}
		catch (IllegalArgumentException ex) {
			err.print(args[0] + ": " + ex.getMessage() + "\n" + USAGE);
			return 2;
		}
	}

	private static int evaluate(List<String> args, PrintStream out, PrintStream err) throws IOException {
		Path data = Path.of(DATA);
		Path olid = null;
		Path labels = null;
		boolean heldBack = false;
		boolean hateval = false;
		String split = "val";
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
				case "--data" -> data = Path.of(args.get(++i));
				case "--olid" -> olid = Path.of(args.get(++i));
				case "--labels" -> labels = Path.of(args.get(++i));
				case "--held-back" -> heldBack = true;
				case "--hateval" -> hateval = true;
				case "--split" -> split = args.get(++i);
				default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
			}
		}
		if (hateval) {
			if (olid != null || labels != null || heldBack) {
				throw new IllegalArgumentException("--hateval takes only --data and --split");
			}
			if (!split.equals("val") && !split.equals("train")) {
				throw new IllegalArgumentException("--split is train or val");
			}
			return evaluateHatEval(data, split, out, err);
		}
		Path file = olid != null ? olid : data.resolve(OLID);
		if (!Files.isRegularFile(file)) {
			err.println("No OLID file at " + file);
			return 2;
		}
		List<Corpora.Example> examples = labels != null ? Corpora.olid(file, labels) : Corpora.olid(file);
		if (heldBack) {
			Set<String> ids = ModelFit.heldBackIds();
			examples = examples.stream().filter((e) -> ids.contains(e.id())).toList();
		}
		PostChecker checker = PostChecker.create();
		Metrics metrics = ModelFit.measure(examples, (text) -> CheckerCommand.classifiedScore(checker, text));
		out.println("OLID level A, offensive >= 0.5 means OFF: " + metrics);
		out.println(String.format(Locale.ROOT, "macro-F1: %.4f", metrics.macroF1()));
		return 0;
	}

	private static int evaluateHatEval(Path data, String split, PrintStream out, PrintStream err) throws IOException {
		if (!HatEvalEvaluation.available(data)) {
			err.println("No HatEval validation split at " + data.resolve(HatEvalEvaluation.FOLDER));
			return 2;
		}
		List<Corpora.Example> tweets = split.equals("train") ? new Corpora(data).hateval("train")
				: HatEvalEvaluation.validation(data);
		Metrics metrics = HatEvalEvaluation.measure(tweets, PostChecker.create());
		out.println("HatEval 2019 " + (split.equals("train") ? "training" : "validation")
				+ ", a DISCRIMINATION or INCITEMENT finding of CAUTION or above means HATE: "
				+ metrics.describe("NOT", "HATE"));
		out.println(String.format(Locale.ROOT, "macro-F1: %.4f", metrics.macroF1()));
		return 0;
	}

	private static int train(List<String> args, PrintStream out, PrintStream err) throws IOException {
		Path data = Path.of(DATA);
		Path model = null;
		Path heldBackIds = null;
		List<String> extra = List.of("davidson", "hatexplain", "presidio", "wnut17");
		Trainer.Settings s = Trainer.Settings.standard();
		int bits = s.bits();
		int epochs = s.epochs();
		double lr = s.learningRate();
		double l2 = s.l2();
		float[] kinds = s.kinds().clone();
		boolean balance = s.balance();
		double extraWeight = s.extraWeight();
		double cleanWeight = s.cleanWeight();
		boolean average = s.average();
		boolean naiveBayes = s.naiveBayes();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "--data" -> data = Path.of(args.get(++i));
				case "--model" -> model = Path.of(args.get(++i));
				case "--held-back-ids" -> heldBackIds = Path.of(args.get(++i));
				case "--extra" -> extra = args.get(++i).equals("none") ? List.of() : List.of(args.get(i).split(","));
				case "--bits" -> bits = Integer.parseInt(args.get(++i));
				case "--epochs" -> epochs = Integer.parseInt(args.get(++i));
				case "--lr" -> lr = Double.parseDouble(args.get(++i));
				case "--l2" -> l2 = Double.parseDouble(args.get(++i));
				case "--kinds" -> {
					String[] k = args.get(++i).split(",");
					for (int j = 0; j < 3; j++) {
						kinds[j] = Float.parseFloat(k[j]);
					}
				}
				case "--no-balance" -> balance = false;
				case "--no-average" -> average = false;
				case "--naive-bayes" -> naiveBayes = true;
				case "--extra-weight" -> extraWeight = Double.parseDouble(args.get(++i));
				case "--clean-weight" -> cleanWeight = Double.parseDouble(args.get(++i));
				default -> throw new IllegalArgumentException("unknown argument " + a);
			}
		}
		Trainer.Settings settings = new Trainer.Settings(bits, epochs, lr, l2, kinds, balance, extraWeight, cleanWeight,
				average, naiveBayes, s.seed());
		try {
			ModelFit.run(data, model, heldBackIds, settings, extra, (fitted) -> {
				PostChecker checker = PostChecker.create(fitted);
				return (text) -> checker.check(text).offensive();
			}, out);
		}
		catch (IOException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		if (model == null) {
			out.println("model not written (pass --model FILE to write it)");
		}
		return 0;
	}

}
