package org.membercomms.checker.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned reading: a multinomial logistic regression that reads what a post says of
 * the kind of target it names and says which {@link Hostility} it is, fitted by
 * {@code checker-training fit-hostility} on templates written for MemberComms (never on a
 * public corpus). Its weights are a readable table, one feature a line, so that anyone
 * can see what a word counts towards. Immutable and thread-safe.
 */
public final class HostilityModel {

	/** Where the shipped model lives on the class path. */
	public static final String RESOURCE = "/org/membercomms/checker/rules/hostility-model.tsv";

	private static final Hostility[] CLASSES = Hostility.values();

	private final String description;

	private final float[] bias;

	/** Each single word's weights, and each WordNet class's, as fitted. */
	private final Map<String, float[]> words = new HashMap<>();

	/**
	 * What a check reads each word by: its weights with its classes'
	 * ({@link WordWeights}).
	 */
	private final WordWeights read;

	/**
	 * Each pair's weights, by its first word and then its second, so that scoring a post
	 * looks pairs up without joining their words.
	 */
	private final Map<String, Map<String, float[]>> pairs = new HashMap<>();

	/**
	 * @param description how it was fitted, one or more lines
	 * @param bias a weight for each {@link Hostility}, in declaration order
	 * @param weights each feature's weights, in the same order (a pair of words is named
	 * "first second")
	 */
	public HostilityModel(String description, float[] bias, Map<String, float[]> weights) {
		this.description = description;
		this.bias = bias.clone();
		weights.forEach((name, w) -> {
			int space = name.indexOf(' ');
			if (space < 0) {
				this.words.put(name, w.clone());
			}
			else {
				this.pairs.computeIfAbsent(name.substring(0, space), (first) -> new HashMap<>())
					.put(name.substring(space + 1), w.clone());
			}
		});
		this.read = new WordWeights(this.words, WordHypernyms.load());
	}

	/**
	 * Loads the model shipped in the library's resources.
	 * @return the model
	 */
	public static HostilityModel load() {
		try (InputStream in = HostilityModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The hostility model " + RESOURCE + " is missing");
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a model written by {@link #write}.
	 * @param in the table
	 * @return the model
	 * @throws IOException when it cannot be read or is not a model
	 */
	public static HostilityModel read(Reader in) throws IOException {
		BufferedReader lines = new BufferedReader(in);
		StringBuilder description = new StringBuilder();
		float[] bias = null;
		Map<String, float[]> weights = new HashMap<>();
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.startsWith("#")) {
				description.append(line.substring(1).strip()).append('\n');
				continue;
			}
			String[] cells = line.split("\t");
			if (cells[0].equals("feature")) {
				continue;
			}
			if (cells.length != CLASSES.length + 1) {
				throw new IOException("A line of the hostility model has " + cells.length + " cells: " + line);
			}
			float[] row = new float[CLASSES.length];
			for (int k = 0; k < row.length; k++) {
				row[k] = Float.parseFloat(cells[k + 1]);
			}
			if (cells[0].equals("(bias)")) {
				bias = row;
			}
			else {
				weights.put(cells[0], row);
			}
		}
		if (bias == null) {
			throw new IOException("The hostility model has no (bias) line");
		}
		return new HostilityModel(description.toString().strip(), bias, weights);
	}

	/**
	 * Writes this model as {@link #read} reads it: the description as comments, a header,
	 * the bias and the features in sorted order.
	 * @param out where to
	 * @throws IOException when it cannot be written
	 */
	public void write(Writer out) throws IOException {
		for (String line : this.description.split("\n")) {
			out.write("# " + line + "\n");
		}
		List<String> header = new ArrayList<>();
		header.add("feature");
		for (Hostility h : CLASSES) {
			header.add(h.name());
		}
		out.write(String.join("\t", header) + "\n");
		out.write(row("(bias)", this.bias));
		Map<String, float[]> all = new TreeMap<>(this.words);
		this.pairs.forEach((first, seconds) -> seconds.forEach((second, w) -> all.put(first + " " + second, w)));
		for (Map.Entry<String, float[]> e : all.entrySet()) {
			out.write(row(e.getKey(), e.getValue()));
		}
	}

	private static String row(String name, float[] values) {
		StringBuilder row = new StringBuilder(name);
		for (float v : values) {
			row.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
		}
		return row.append('\n').toString();
	}

	/**
	 * @return how the model was fitted and what it reached
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The probability of each {@link Hostility}, in declaration order.
	 * @param features a post's feature names, pairs as "first second" (repeats count
	 * again)
	 * @return the probabilities
	 */
	public double[] probabilities(Collection<String> features) {
		double[] z = biased();
		for (String feature : features) {
			int space = feature.indexOf(' ');
			add(z, space < 0 ? this.words.get(feature)
					: pair(feature.substring(0, space), feature.substring(space + 1)));
		}
		return softmax(z);
	}

	/**
	 * The probability of each {@link Hostility} for a post's sentences: each word and
	 * each pair of neighbours in a sentence.
	 * @param sentences the words of each sentence
	 * @return the probabilities
	 */
	double[] probabilities(List<List<HostilityFeatures.Feature>> sentences) {
		double[] z = biased();
		for (List<HostilityFeatures.Feature> words : sentences) {
			for (int w = 0; w < words.size(); w++) {
				add(z, this.read.of(words.get(w).name()));
				if (w > 0) {
					add(z, pair(words.get(w - 1).name(), words.get(w).name()));
				}
			}
		}
		return softmax(z);
	}

	private double[] biased() {
		double[] z = new double[CLASSES.length];
		for (int k = 0; k < z.length; k++) {
			z[k] = this.bias[k];
		}
		return z;
	}

	private float[] pair(String first, String second) {
		Map<String, float[]> seconds = this.pairs.get(first);
		return seconds == null ? null : seconds.get(second);
	}

	private static void add(double[] z, float[] w) {
		if (w != null) {
			for (int k = 0; k < z.length; k++) {
				z[k] += w[k];
			}
		}
	}

	/**
	 * Turns scores into probabilities in place, as the model scores a post (the fitting
	 * uses it too, so that it fits what is scored).
	 * @param z a score for each class
	 * @return {@code z}, now probabilities that sum to one
	 */
	public static double[] softmax(double[] z) {
		double max = Double.NEGATIVE_INFINITY;
		for (double v : z) {
			max = Math.max(max, v);
		}
		double sum = 0;
		for (int k = 0; k < z.length; k++) {
			z[k] = Math.exp(z[k] - max);
			sum += z[k];
		}
		for (int k = 0; k < z.length; k++) {
			z[k] /= sum;
		}
		return z;
	}

	/**
	 * How much a feature counts towards a class rather than towards
	 * {@link Hostility#NONE}.
	 * @param feature a feature name
	 * @param hostility the class
	 * @return the difference of its weights (0 for a feature the model never saw)
	 */
	double towards(String feature, Hostility hostility) {
		float[] w = this.read.of(feature);
		return w == null ? 0 : w[hostility.ordinal()] - w[Hostility.NONE.ordinal()];
	}

}
