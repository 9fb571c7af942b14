package org.membercomms.checker.offensive;

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

import org.membercomms.checker.offensive.Corpora.Example;
import org.membercomms.checker.text.Lexicons;

/**
 * The {@code train} command: rebuilds the model from {@code ../shared/data/}, writes it
 * and the held-back OLID ids, and measures it.
 */
public final class Training {

	/** The held-back OLID ids on the class path. */
	public static final String HELD_BACK = "/org/membercomms/checker/offensive/olid-held-back-ids.txt";

	private Training() {
	}

	/**
	 * The ids of the held-back 10% of the OLID training file, as committed.
	 * @return the ids
	 */
	public static Set<String> heldBackIds() {
		try (InputStream in = Training.class.getResourceAsStream(HELD_BACK)) {
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
	 * @param resources where to write the model and the held-back ids (the
	 * {@code offensive} resource folder)
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
	public static OffensiveModel run(Path data, Path resources, Trainer.Settings settings, List<String> extra,
			Function<OffensiveModel, Function<String, Double>> score, PrintStream out) throws IOException {
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
		Words words = new Words(Lexicons.load());
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
		if (resources != null) {
			Files.createDirectories(resources);
			try (OutputStream file = Files.newOutputStream(resources.resolve("offensive-model.bin"))) {
				model.write(file);
			}
			StringBuilder ids = new StringBuilder("# OLID level A held-back 10% (stratified, seed "
					+ Splits.HELD_BACK_SEED + "): never trained or tuned on\n");
			heldBack.forEach((id) -> ids.append(id).append('\n'));
			Files.writeString(resources.resolve("olid-held-back-ids.txt"), ids.toString());
			out.println("wrote " + resources.resolve("offensive-model.bin") + " ("
					+ Files.size(resources.resolve("offensive-model.bin")) + " bytes)");
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

	private static List<Example> clean(List<Example> examples, Words words) {
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
