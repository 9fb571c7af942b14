package org.membercomms.checker.offensive;

import java.util.Arrays;
import java.util.List;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Token;

/**
 * What an offline tool needs to fit a model that the checker can load, and nothing the
 * checker itself uses: the words the checker cuts a text into, the text's hashed
 * features, and a model made from fitted weights. The training pipeline
 * ({@code checker-training}, outside the runtime library) is its only user; it keeps
 * {@link Features} and {@link Words} private to this package, so the features a model is
 * fitted on are, by construction, the ones it is scored on.
 */
public final class ModelParts {

	/** A packed feature holds its kind ({@link #kind}) above this bit. */
	public static final int KIND_SHIFT = 28;

	/** A packed feature holds its bucket ({@link #bucket}) in these bits. */
	public static final int BUCKET_MASK = (1 << KIND_SHIFT) - 1;

	private final Features features;

	private final Words words;

	/**
	 * @param bits log2 of the number of hash buckets
	 * @param lexicons the checker's lexicons (for cutting words as the checker does)
	 */
	public ModelParts(int bits, Lexicons lexicons) {
		this.features = new Features(bits);
		this.words = new Words(lexicons);
	}

	/**
	 * Cuts a text into the checker's words, the same spelled-out words joined.
	 * @param text a text
	 * @return its words
	 */
	public List<Token> tokens(String text) {
		return this.words.of(text).tokens();
	}

	/**
	 * @param text a text
	 * @return whether any of its words is in the profanity, insult or slur lexicons
	 */
	public boolean flagged(String text) {
		return this.words.flagged(text);
	}

	/**
	 * The features of a text in the order the model sums them, without the bias feature:
	 * each packed as its kind (0 words, 1 word pairs, 2 character n-grams) shifted left
	 * by {@link #KIND_SHIFT}, or'ed with its bucket.
	 * @param text a text
	 * @return its packed features
	 */
	public int[] encode(String text) {
		List<Token> tokens = tokens(text);
		int[] f = new int[Features.count(text, tokens)];
		int[] at = { 0 };
		this.features.visit(text, tokens, (bucket, kind, first, last) -> {
			if (kind != Features.BIAS) {
				f[at[0]++] = (kind << KIND_SHIFT) | bucket;
			}
		});
		return Arrays.copyOf(f, at[0]);
	}

	/**
	 * @param packed a feature from {@link #encode}
	 * @return its kind: the index of its weight in a model's {@code kinds}
	 */
	public static int kind(int packed) {
		return packed >>> KIND_SHIFT;
	}

	/**
	 * @param packed a feature from {@link #encode}
	 * @return its bucket
	 */
	public static int bucket(int packed) {
		return packed & BUCKET_MASK;
	}

	/**
	 * A model from fitted weights, as {@link OffensiveModel#read} would load it.
	 * @param bits log2 of the number of weights
	 * @param weights the quantised weights, one per bucket
	 * @param scale what one step of a quantised weight is worth
	 * @param kinds the weights of word, word-pair and character n-gram features (and an
	 * unused fourth)
	 * @param bias the intercept of the raw score
	 * @param slope Platt scaling's slope
	 * @param intercept Platt scaling's intercept
	 * @param description how it was trained, recorded in the model file
	 * @return the model
	 */
	public static OffensiveModel model(int bits, short[] weights, float scale, float[] kinds, float bias, float slope,
			float intercept, String description) {
		return new OffensiveModel(bits, weights, scale, kinds, bias, slope, intercept, description);
	}

}
