package org.membercomms.checker.fitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.membercomms.checker.fitting.Corpora.Example;
import org.membercomms.checker.offensive.ModelParts;
import org.membercomms.checker.offensive.OffensiveModel;
import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;

/**
 * Trains the classifier: logistic regression by AdaGrad over the hashed features, one
 * thread, examples in a fixed shuffled order, so the same data and settings always give
 * the same weights. Then calibrates on a validation set: Platt scaling, with the
 * intercept moved so that the threshold that maximises validation macro-F1 falls at 0.5.
 */
public final class Trainer {

	/**
	 * How to train.
	 *
	 * @param bits log2 of the number of hash buckets
	 * @param epochs passes over the data
	 * @param learningRate AdaGrad's step
	 * @param l2 L2 penalty per update
	 * @param kinds weights of word, word-pair and character n-gram features
	 * @param balance whether to weight the classes inversely to their frequency
	 * @param extraWeight weight of an example from a labelled data set other than OLID
	 * @param cleanWeight weight of an example of clean generic text (presidio, WNUT-17)
	 * @param average whether to average the weights over all steps
	 * @param naiveBayes whether to scale each feature by its naive Bayes log-count ratio
	 * (NB-LR, after Wang and Manning 2012)
	 * @param seed the shuffling seed
	 */
	public record Settings(int bits, int epochs, double learningRate, double l2, float[] kinds, boolean balance,
			double extraWeight, double cleanWeight, boolean average, boolean naiveBayes, long seed) {

		/**
		 * @return the settings of the shipped model
		 */
		public static Settings standard() {
			return new Settings(20, 12, 0.15, 1e-6, new float[] { 1f, 1f, 1f, 0f }, true, 0.3, 1.0, true, false,
					20190606L);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"bits=%d epochs=%d lr=%s l2=%s kinds=%s,%s,%s balance=%s extraWeight=%s cleanWeight=%s average=%s naiveBayes=%s seed=%d",
					bits, epochs, learningRate, l2, kinds[0], kinds[1], kinds[2], balance, extraWeight, cleanWeight,
					average, naiveBayes, seed);
		}

	}

	private final Settings settings;

	private final ModelParts parts;

	/**
	 * @param settings how to train
	 * @param lexicons the checker's lexicons (for cutting words as the checker does)
	 */
	public Trainer(Settings settings, Lexicons lexicons) {
		this.settings = settings;
		this.parts = new ModelParts(settings.bits(), lexicons);
	}

	/**
	 * Trains and calibrates a model.
	 * @param train the training examples, in a fixed order
	 * @param validation the examples to calibrate on
	 * @param description what to record in the model
	 * @return the model
	 */
	public OffensiveModel train(List<Example> train, List<Example> validation, String description) {
		int[][] x = encode(train);
		int[] y = labels(train);
		double[] weight = new double[y.length];
		for (int i = 0; i < weight.length; i++) {
			String source = train.get(i).source();
			weight[i] = switch (source) {
				case "olid" -> 1.0;
				case "presidio", "wnut" -> this.settings.cleanWeight();
				default -> this.settings.extraWeight();
			};
		}
		int n = 1 << this.settings.bits();
		double[] w = new double[n];
		double[] g2 = new double[n];
		double[] sum = new double[n];
		double[] bias = { 0, 0, 0 };
		long step = 1;
		int positives = 0;
		for (int label : y) {
			positives += label;
		}
		double[] classWeight = { 1, 1 };
		if (this.settings.balance() && positives > 0 && positives < y.length) {
			classWeight[1] = 0.5 * y.length / positives;
			classWeight[0] = 0.5 * y.length / (y.length - positives);
		}
		float[] kinds = this.settings.kinds();
		double[] ratio = this.settings.naiveBayes() ? ratios(x, y, weight, n) : null;
		Random random = new Random(this.settings.seed());
		int[] order = new int[x.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		double eta = this.settings.learningRate();
		double l2 = this.settings.l2();
		for (int epoch = 0; epoch < this.settings.epochs(); epoch++) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			for (int e : order) {
				int[] f = x[e];
				double norm = 1.0 / Math.sqrt(f.length + 1);
				double margin = bias[0];
				for (int packed : f) {
					int b = ModelParts.bucket(packed);
					margin += w[b] * kinds[ModelParts.kind(packed)] * norm * (ratio == null ? 1 : ratio[b]);
				}
				double p = 1.0 / (1.0 + Math.exp(-margin));
				double g = (p - y[e]) * classWeight[y[e]] * weight[e];
				for (int packed : f) {
					int b = ModelParts.bucket(packed);
					double grad = g * kinds[ModelParts.kind(packed)] * norm * (ratio == null ? 1 : ratio[b])
							+ l2 * w[b];
					g2[b] += grad * grad;
					double delta = eta * grad / Math.sqrt(g2[b] + 1e-8);
					w[b] -= delta;
					sum[b] -= step * delta;
				}
				bias[1] += g * g;
				double delta = eta * g / Math.sqrt(bias[1] + 1e-8);
				bias[0] -= delta;
				bias[2] -= step * delta;
				step++;
			}
		}
		if (this.settings.average()) {
			for (int i = 0; i < n; i++) {
				w[i] -= sum[i] / step;
			}
			bias[0] -= bias[2] / step;
		}
		if (ratio != null) {
			for (int i = 0; i < n; i++) {
				w[i] *= ratio[i];
			}
		}
		double max = 0;
		for (double v : w) {
			max = Math.max(max, Math.abs(v));
		}
		float scale = (float) (max / 32767.0);
		short[] q = new short[n];
		for (int i = 0; i < n; i++) {
			q[i] = scale == 0 ? 0 : (short) Math.round(w[i] / scale);
		}
		OffensiveModel raw = ModelParts.model(this.settings.bits(), q, scale, kinds, (float) bias[0], 1f, 0f,
				description);
		double[] margins = new double[validation.size()];
		int[] labels = labels(validation);
		for (int i = 0; i < margins.length; i++) {
			margins[i] = raw.assess(validation.get(i).text(), tokens(validation.get(i).text())).logit();
		}
		double[] platt = platt(margins, labels);
		double best = threshold(margins, labels, platt);
		return ModelParts.model(this.settings.bits(), q, scale, kinds, (float) bias[0], (float) platt[0],
				(float) (platt[1] - best), description);
	}

	/**
	 * Cuts a text into the checker's words.
	 * @param text a text
	 * @return its words
	 */
	List<Token> tokens(String text) {
		return this.parts.tokens(text);
	}

	private int[][] encode(List<Example> examples) {
		int[][] out = new int[examples.size()][];
		for (int i = 0; i < out.length; i++) {
			out[i] = this.parts.encode(examples.get(i).text());
		}
		return out;
	}

	private static int[] labels(List<Example> examples) {
		int[] y = new int[examples.size()];
		for (int i = 0; i < y.length; i++) {
			y[i] = examples.get(i).offensive();
		}
		return y;
	}

	/**
	 * The naive Bayes log-count ratio of each feature: how much more often it occurs (at
	 * most once a text) in offensive texts than in the others, smoothed by one.
	 */
	private static double[] ratios(int[][] x, int[] y, double[] weight, int n) {
		double[][] counts = new double[2][n];
		int[] seen = new int[n];
		Arrays.fill(seen, -1);
		for (int e = 0; e < x.length; e++) {
			for (int packed : x[e]) {
				int b = ModelParts.bucket(packed);
				if (seen[b] != e) {
					seen[b] = e;
					counts[y[e]][b] += weight[e];
				}
			}
		}
		double[] total = new double[2];
		for (int c = 0; c < 2; c++) {
			for (int b = 0; b < n; b++) {
				total[c] += counts[c][b] + 1;
			}
		}
		double[] ratio = new double[n];
		for (int b = 0; b < n; b++) {
			ratio[b] = Math.log((counts[1][b] + 1) / total[1]) - Math.log((counts[0][b] + 1) / total[0]);
		}
		return ratio;
	}

	/** Fits p = sigmoid(a m + b) by Newton's method on the log loss (Platt 1999). */
	static double[] platt(double[] m, int[] y) {
		int pos = 0;
		for (int v : y) {
			pos += v;
		}
		double hi = (pos + 1.0) / (pos + 2.0);
		double lo = 1.0 / (y.length - pos + 2.0);
		double a = 1;
		double b = 0;
		for (int it = 0; it < 100; it++) {
			double ga = 0;
			double gb = 0;
			double haa = 1e-9;
			double hab = 0;
			double hbb = 1e-9;
			for (int i = 0; i < m.length; i++) {
				double t = y[i] == 1 ? hi : lo;
				double p = 1.0 / (1.0 + Math.exp(-(a * m[i] + b)));
				double d = p - t;
				double s = p * (1 - p);
				ga += d * m[i];
				gb += d;
				haa += s * m[i] * m[i];
				hab += s * m[i];
				hbb += s;
			}
			double det = haa * hbb - hab * hab;
			double da = (hbb * ga - hab * gb) / det;
			double db = (haa * gb - hab * ga) / det;
			a -= da;
			b -= db;
			if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
				break;
			}
		}
		return new double[] { a, b };
	}

	/**
	 * The calibrated log-odds at which macro-F1 on the validation set is highest.
	 */
	private static double threshold(double[] m, int[] y, double[] platt) {
		double[] logits = new double[m.length];
		for (int i = 0; i < m.length; i++) {
			logits[i] = platt[0] * m[i] + platt[1];
		}
		double[] sorted = logits.clone();
		Arrays.sort(sorted);
		double best = 0;
		double bestF1 = -1;
		for (int k = 0; k < sorted.length; k += Math.max(1, sorted.length / 1000)) {
			double f1 = Metrics.macroF1(logits, y, sorted[k]);
			if (f1 > bestF1 + 1e-12) {
				bestF1 = f1;
				best = sorted[k];
			}
		}
		return best;
	}

	static List<Example> concat(List<Example> a, List<Example> b) {
		List<Example> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}

}
