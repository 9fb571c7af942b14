package org.membercomms.checker.fitting;

import java.util.Locale;

/**
 * Binary classification figures: precision, recall and F1 of each class and their macro
 * average.
 */
public final class Metrics {

	private final int[][] counts = new int[2][2];

	/**
	 * Records one decision.
	 * @param expected 1 when offensive
	 * @param predicted 1 when predicted offensive
	 */
	public void add(int expected, int predicted) {
		this.counts[expected][predicted]++;
	}

	/**
	 * @return how many decisions
	 */
	public int total() {
		return this.counts[0][0] + this.counts[0][1] + this.counts[1][0] + this.counts[1][1];
	}

	/**
	 * @param label 0 or 1
	 * @return F1 of that class
	 */
	public double f1(int label) {
		int tp = this.counts[label][label];
		int fp = this.counts[1 - label][label];
		int fn = this.counts[label][1 - label];
		return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
	}

	/**
	 * @return the mean of both classes' F1
	 */
	public double macroF1() {
		return (f1(0) + f1(1)) / 2;
	}

	/**
	 * @return accuracy
	 */
	public double accuracy() {
		return (this.counts[0][0] + this.counts[1][1]) / (double) Math.max(1, total());
	}

	static double macroF1(double[] scores, int[] y, double threshold) {
		Metrics m = new Metrics();
		for (int i = 0; i < scores.length; i++) {
			m.add(y[i], scores[i] >= threshold ? 1 : 0);
		}
		return m.macroF1();
	}

	@Override
	public String toString() {
		return describe("NOT", "OFF");
	}

	/**
	 * The figures on one line, each class by its name.
	 * @param negative the name of class 0, e.g. {@code NOT}
	 * @param positive the name of class 1, e.g. {@code OFF}
	 * @return n, macro-F1, the F1 of each class, accuracy and the counts
	 */
	public String describe(String negative, String positive) {
		return String.format(Locale.ROOT,
				"n=%d macro-F1 %.4f (F1 %s %.4f, %s %.4f) accuracy %.4f; expected %s %d, predicted %s %d, both %d",
				total(), macroF1(), negative, f1(0), positive, f1(1), accuracy(), positive,
				this.counts[1][0] + this.counts[1][1], positive, this.counts[0][1] + this.counts[1][1],
				this.counts[1][1]);
	}

}
