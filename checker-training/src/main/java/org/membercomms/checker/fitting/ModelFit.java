package org.membercomms.checker.fitting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.membercomms.checker.fitting.Corpora.Example;
import org.membercomms.checker.offensive.ModelParts;
import org.membercomms.checker.offensive.OffensiveModel;
import org.membercomms.checker.text.Lexicons;

/**
 * Fitting the model, what the {@code train} command does: rebuilds the model from the
 * labelled data folder, writes it and the held-back OLID ids, and measures it.
 */
public final class ModelFit {

	/** The held-back OLID ids on the class path. */
	public static final String HELD_BACK = "/org/membercomms/checker/fitting/olid-held-back-ids.txt";

	private ModelFit() {
	}

	/**
	 * The ids of the held-back 10% of the OLID training file, as committed.
	 * @return the ids
	 */
	public static Set<String> heldBackIds() {
		try (InputStream in = ModelFit.class.getResourceAsStream(HELD_BACK)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + HELD_BACK);
			}
			Set<String> ids = new LinkedHashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					ids.add(line.trim());
				}
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Trains, calibrates, writes and measures the model.
	 * @param data the data folder
	 * @param modelFile where to write the model ({@code offensive-model.bin} in the
	 * checker's resources to ship it), or null to write none
	 * @param heldBackFile where to write the held-back OLID ids (the committed
	 * {@code olid-held-back-ids.txt} of this module's resources), or null to write none
	 * @param settings how to train
	 * @param extra which extra training sets to add: {@code davidson},
	 * {@code hatexplain}, {@code presidio}, {@code wnut17} (the last two as clean text,
	 * WNUT-17 without the sentences that hold a swear word, insult or slur)
	 * @param score how the whole checker scores a text with a given model (what
	 * {@code classify} prints)
	 * @param out where to report
	 * @return the model
	 * @throws IOException when the data cannot be read or the model written
	 */
	public static OffensiveModel run(Path data, Path modelFile, Path heldBackFile, Trainer.Settings settings,
			List<String> extra, Function<OffensiveModel, Function<String, Double>> score, PrintStream out)
			throws IOException {
		Corpora corpora = new Corpora(data);
		if (!corpora.available()) {
			throw new IOException("No OLID training file under " + data);
		}
		long start = System.nanoTime();
		List<Example> olid = corpora.olid();
		Set<String> heldBack = Splits.stratified(olid, 0.1, Splits.HELD_BACK_SEED);
		List<Example> rest = Splits.in(olid, heldBack, false);
		Set<String> validationIds = Splits.stratified(rest, 0.1, Splits.VALIDATION_SEED);
		List<Example> validation = Splits.in(rest, validationIds, true);
		List<Example> train = new ArrayList<>(Splits.in(rest, validationIds, false));
		StringBuilder sources = new StringBuilder("OLID " + train.size());
		if (extra.contains("davidson")) {
			List<Example> d = corpora.davidson();
			train.addAll(d);
			sources.append(", Davidson ").append(d.size());
		}
		if (extra.contains("hatexplain")) {
			List<Example> h = corpora.hatexplain("train");
			train.addAll(h);
			sources.append(", HateXplain train ").append(h.size());
		}
		ModelParts words = new ModelParts(settings.bits(), Lexicons.load());
		if (extra.contains("presidio")) {
			List<Example> p = corpora.presidio();
			train.addAll(p);
			sources.append(", presidio ").append(p.size());
		}
		if (extra.contains("wnut17")) {
			List<Example> w = clean(corpora.wnut17("wnut17train.conll"), words);
			train.addAll(w);
			sources.append(", WNUT-17 train ").append(w.size());
		}
		out.println("training on " + sources + "; validation " + validation.size() + " OLID; held back "
				+ heldBack.size() + " OLID; " + settings);
		Trainer trainer = new Trainer(settings, Lexicons.load());
		String description = "trained on " + sources + " with " + settings;
		OffensiveModel model = trainer.train(train, validation, description);
		long trained = System.nanoTime() - start;
		out.println(String.format(Locale.ROOT, "trained in %.1f s", trained / 1e9));
		if (modelFile != null) {
			if (modelFile.toAbsolutePath().getParent() != null) {
				Files.createDirectories(modelFile.toAbsolutePath().getParent());
			}
			try (OutputStream file = Files.newOutputStream(modelFile)) {
				model.write(file);
			}
			out.println("wrote " + modelFile + " (" + Files.size(modelFile) + " bytes)");
		}
		if (heldBackFile != null) {
			if (heldBackFile.toAbsolutePath().getParent() != null) {
				Files.createDirectories(heldBackFile.toAbsolutePath().getParent());
			}
			StringBuilder ids = new StringBuilder("# OLID level A held-back 10% (stratified, seed "
					+ Splits.HELD_BACK_SEED + "): never trained or tuned on\n");
			heldBack.forEach((id) -> ids.append(id).append('\n'));
			Files.writeString(heldBackFile, ids.toString());
			out.println("wrote " + heldBackFile + " (" + heldBack.size() + " ids)");
		}
		Function<String, Double> checker = score.apply(model);
		out.println("model alone, OLID validation: "
				+ measure(validation, (t) -> model.assess(t, trainer.tokens(t)).probability()));
		out.println("checker, OLID validation:     " + measure(validation, checker));
		out.println("checker, OLID held back:      " + measure(Splits.in(olid, heldBack, true), checker));
		if (!extra.contains("hatexplain") && Files.isDirectory(data.resolve("hatexplain"))) {
			out.println("checker, HateXplain train:    " + measure(corpora.hatexplain("train"), checker));
		}
		if (Files.isDirectory(data.resolve("hatexplain"))) {
			out.println("checker, HateXplain val:      " + measure(corpora.hatexplain("val"), checker));
		}
		if (Files.isDirectory(data.resolve("hateval2019-tweeteval"))) {
			out.println("checker, HatEval train+val:   "
					+ measure(Trainer.concat(corpora.hateval("train"), corpora.hateval("val")), checker));
		}
		if (Files.isDirectory(data.resolve("ethos"))) {
			out.println("checker, ETHOS binary:        " + measure(corpora.ethos(), checker));
		}
		if (Files.isDirectory(data.resolve("wnut17"))) {
			List<Example> dev = clean(corpora.wnut17("emerging.dev.conll"), words);
			long high = dev.stream().filter((e) -> checker.apply(e.text()) >= 0.5).count();
			out.println(String.format(Locale.ROOT,
					"checker, WNUT-17 dev without lexicon words: %d of %d at 0.5 or more", high, dev.size()));
		}
		if (!extra.contains("davidson") && Files.isDirectory(data.resolve("davidson"))) {
			out.println("checker, Davidson train:      " + measure(corpora.davidson(), checker));
		}
		return model;
	}

	private static List<Example> clean(List<Example> examples, ModelParts words) {
		return examples.stream().filter((e) -> !words.flagged(e.text())).toList();
	}

	/**
	 * Scores labelled texts: offensive at 0.5 or more.
	 * @param examples the texts
	 * @param score the score of a text
	 * @return the figures
	 */
	public static Metrics measure(List<Example> examples, Function<String, Double> score) {
		Metrics metrics = new Metrics();
		for (Example e : examples) {
			metrics.add(e.offensive(), score.apply(e.text()) >= 0.5 ? 1 : 0);
		}
		return metrics;
	}

}
