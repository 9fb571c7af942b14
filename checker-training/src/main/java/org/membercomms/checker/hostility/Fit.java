package org.membercomms.checker.hostility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.membercomms.checker.rules.Hostility;
import org.membercomms.checker.rules.HostilityModel;

/**
 * Fits a multinomial logistic regression by stochastic gradient descent, with an L2
 * penalty on the weights a step touches, in a fixed order (a seeded shuffle), so that the
 * same examples always give the same model.
 */
final class Fit {

	/**
	 * One example.
	 *
	 * @param features its feature names (repeats count again, as in scoring)
	 * @param hostility its class
	 * @param weight how much it counts (one over its template's number of cases, so that
	 * every template counts the same)
	 */
	record Example(List<String> features, Hostility hostility, double weight) {
	}

	/**
	 * How to fit.
	 *
	 * @param epochs passes over the examples
	 * @param rate the step size
	 * @param l2 the penalty on the weights
	 * @param classPenalty how many times heavier the penalty on a WordNet class's weights
	 * is: a class should count only where the words of many posts agree on it (ADR 34)
	 * @param seed the shuffle's seed
	 */
	record Settings(int epochs, double rate, double l2, double classPenalty, long seed) {

		static final Settings DEFAULT = new Settings(30, 0.3, 0.00075, 3, 1);

		@Override
		public String toString() {
			return this.epochs + " epochs, step " + this.rate + ", L2 " + this.l2 + " (" + this.classPenalty
					+ " times that on WordNet classes), seed " + this.seed;
		}

	}

	/** Weights this small are left out of the written table. */
	private static final double NEGLIGIBLE = 0.005;

	private Fit() {
	}

	/**
	 * Fits a model.
	 * @param examples the examples
	 * @param settings how
	 * @param description what to record in the model
	 * @return the model
	 */
	static HostilityModel fit(List<Example> examples, Settings settings, String description) {
		int classes = Hostility.values().length;
		double[] bias = new double[classes];
		Map<String, double[]> weights = new HashMap<>();
		List<Example> order = new ArrayList<>(examples);
		Random random = new Random(settings.seed());
		double[] z = new double[classes];
		for (int epoch = 0; epoch < settings.epochs(); epoch++) {
			Collections.shuffle(order, random);
			for (Example example : order) {
				System.arraycopy(bias, 0, z, 0, classes);
				for (String feature : example.features()) {
					double[] w = weights.computeIfAbsent(feature, (f) -> new double[classes]);
					for (int k = 0; k < classes; k++) {
						z[k] += w[k];
					}
				}
				HostilityModel.softmax(z);
				for (int k = 0; k < classes; k++) {
					double g = (z[k] - (k == example.hostility().ordinal() ? 1 : 0)) * example.weight();
					bias[k] -= settings.rate() * g;
					for (String feature : example.features()) {
						double[] w = weights.get(feature);
						double l2 = feature.contains("^") ? settings.l2() * settings.classPenalty() : settings.l2();
						w[k] -= settings.rate() * (g + l2 * w[k]);
					}
				}
			}
		}
		Map<String, float[]> kept = new HashMap<>();
		weights.forEach((feature, w) -> {
			float[] row = new float[classes];
			boolean any = false;
			for (int k = 0; k < classes; k++) {
				row[k] = (float) w[k];
				any |= Math.abs(w[k]) >= NEGLIGIBLE;
			}
			if (any) {
				kept.put(feature, row);
			}
		});
		float[] b = new float[classes];
		for (int k = 0; k < classes; k++) {
			b[k] = (float) bias[k];
		}
		return new HostilityModel(description, b, kept);
	}

}
