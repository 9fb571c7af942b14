package org.membercomms.checker.offensive;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.membercomms.checker.text.Steps;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordTable;

/**
 * The offensive-language classifier: a logistic regression over hashed word, word-pair
 * and character n-gram features of the engine's normalised words, with 16-bit weights,
 * calibrated so that a probability of 0.5 is its decision point. Immutable and
 * thread-safe; scoring a post allocates two small arrays and the result.
 */
public final class OffensiveModel {

	/** Where the shipped model lives on the class path. */
	public static final String RESOURCE = "/org/membercomms/checker/offensive/offensive-model.bin";

	private static final int MAGIC = 0x4D434F31;

	private static final int CACHE_BITS = 15;

	/** Longer words are not cached, so that no input can fill the heap. */
	private static final int CACHED_LENGTH = 32;

	private final Features features;

	private final short[] weights;

	private final float scale;

	private final float[] kinds;

	private final float bias;

	private final float slope;

	private final float intercept;

	private final String description;

	/**
	 * The hashes and summed n-gram weights of words seen before: most words of a post
	 * have been seen, so most of the hashing is a look-up. Its entries are exact, so a
	 * word scores the same whether it was cached or not.
	 */
	private final WordTable.Cache<Word> cache = new WordTable.Cache<>(CACHE_BITS, CACHED_LENGTH);

	/**
	 * A word's feature form, its hash, the weight of the word itself, and its n-gram sum
	 * (see {@link Features#grams(String, short[])}): the weights are spread over a large
	 * table, so keeping the word's beside its hash saves a look-up far away in memory.
	 */
	private record Word(String form, int hash, short weight, long grams) implements WordTable.Cached {

	}

	OffensiveModel(int bits, short[] weights, float scale, float[] kinds, float bias, float slope, float intercept,
			String description) {
		this.features = new Features(bits);
		this.weights = weights;
		this.scale = scale;
		this.kinds = kinds.clone();
		this.bias = bias;
		this.slope = slope;
		this.intercept = intercept;
		this.description = description;
	}

	/**
	 * Loads the model shipped in the library's resources.
	 * @return the model
	 */
	public static OffensiveModel load() {
		try (InputStream in = OffensiveModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The offensive-language model " + RESOURCE + " is missing");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a model written by {@link #write}.
	 * @param in the stream (gzip)
	 * @return the model
	 * @throws IOException when it cannot be read
	 */
	public static OffensiveModel read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
		if (data.readInt() != MAGIC) {
			throw new IOException("Not an offensive-language model");
		}
		String description = data.readUTF();
		int bits = data.readInt();
		float scale = data.readFloat();
		float[] kinds = new float[4];
		for (int k = 0; k < kinds.length; k++) {
			kinds[k] = data.readFloat();
		}
		float bias = data.readFloat();
		float slope = data.readFloat();
		float intercept = data.readFloat();
		short[] weights = new short[1 << bits];
		byte[] raw = new byte[weights.length * 2];
		data.readFully(raw);
		for (int i = 0; i < weights.length; i++) {
			weights[i] = (short) ((raw[2 * i] << 8) | (raw[2 * i + 1] & 0xFF));
		}
		return new OffensiveModel(bits, weights, scale, kinds, bias, slope, intercept, description);
	}

	/**
	 * Writes this model (gzip).
	 * @param out where to
	 * @throws IOException when it cannot be written
	 */
	public void write(OutputStream out) throws IOException {
		GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
		DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
		data.writeInt(MAGIC);
		data.writeUTF(this.description);
		data.writeInt(Integer.numberOfTrailingZeros(this.weights.length));
		data.writeFloat(this.scale);
		for (float k : this.kinds) {
			data.writeFloat(k);
		}
		data.writeFloat(this.bias);
		data.writeFloat(this.slope);
		data.writeFloat(this.intercept);
		for (short w : this.weights) {
			data.writeShort(w);
		}
		data.flush();
		zip.finish();
	}

	/**
	 * The hash and n-gram sum of a word, from the cache or computed (and cached when the
	 * word is short enough).
	 */
	private Word word(String form, Steps steps) {
		steps.add(1 + form.length());
		Word cached = this.cache.get(form);
		if (cached != null) {
			return cached;
		}
		steps.add((long) (Features.MAX_GRAM - Features.MIN_GRAM + 2) * (form.length() + 2));
		int hash = Features.word(form);
		Word word = new Word(form, hash, this.weights[this.features.bucket(hash)],
				this.features.grams(form, this.weights));
		this.cache.put(word);
		return word;
	}

	/**
	 * The features of a word of a post, from the cache or computed. (Keeping them on the
	 * shared word as well was measured and did not pay: ADR 16.)
	 */
	private Word word(String text, Token token, Steps steps) {
		return word(Features.form(text, token), steps);
	}

	/**
	 * @return how the model was trained and what it reached, as recorded by {@code train}
	 */
	public String description() {
		return this.description;
	}

	/**
	 * Scores a post's words.
	 * @param text the original text
	 * @param tokens its words, as the engine cut them
	 * @return the calibrated probability that the text is offensive and what each word
	 * contributed (a text without words scores 0)
	 */
	public Assessment assess(String text, List<Token> tokens) {
		return assess(text, tokens, new Steps());
	}

	/**
	 * Scores a post's words as {@link #assess(String, List)} does, counting the steps: a
	 * step a word for each of the four passes over the words, and one for each char of a
	 * word's form read (more when its n-grams are worked out, for a word not seen
	 * before).
	 * @param text the original text
	 * @param tokens its words, as the engine cut them
	 * @param steps the check's counter
	 * @return the assessment
	 */
	public Assessment assess(String text, List<Token> tokens, Steps steps) {
		steps.add(4L * tokens.size());
		if (tokens.isEmpty()) {
			return new Assessment(0.0, Double.NEGATIVE_INFINITY, new float[0]);
		}
		int n = tokens.size();
		float[] words = new float[n];
		long[] byKind = new long[3];
		// first every word and the place of every pair's weight, then the pairs' weights,
		// read together so that the reads far apart in the table overlap
		Word[] cut = new Word[n];
		int[] pairs = new int[n];
		for (int t = 0; t < n; t++) {
			cut[t] = word(text, tokens.get(t), steps);
			pairs[t] = (t > 0 && tokens.get(t - 1).sentence() == tokens.get(t).sentence())
					? this.features.pair(cut[t - 1].hash, cut[t].hash) : -1;
		}
		short[] weights = this.weights;
		short[] pairWeights = new short[n];
		for (int t = 1; t < n; t++) {
			if (pairs[t] >= 0) {
				pairWeights[t] = weights[pairs[t]];
			}
		}
		int count = 0;
		for (int t = 0; t < n; t++) {
			Word word = cut[t];
			count++;
			int w = word.weight;
			if (w != 0) {
				byKind[Features.WORDS] += w;
				words[t] += this.kinds[Features.WORDS] * w;
			}
			if (pairs[t] >= 0) {
				count++;
				w = pairWeights[t];
				if (w != 0) {
					byKind[Features.PAIRS] += w;
					float half = 0.5f * this.kinds[Features.PAIRS] * w;
					words[t - 1] += half;
					words[t] += half;
				}
			}
			int total = (int) (word.grams >> 32);
			count += (int) word.grams;
			byKind[Features.GRAMS] += total;
			words[t] += this.kinds[Features.GRAMS] * total;
		}
		count++;
		double norm = 1.0 / Math.sqrt(count);
		double margin = this.bias;
		for (int k = 0; k < 3; k++) {
			margin += this.kinds[k] * this.scale * norm * byKind[k];
		}
		double logit = this.slope * margin + this.intercept;
		for (int t = 0; t < words.length; t++) {
			words[t] = (float) (words[t] * this.slope * this.scale * norm);
		}
		return new Assessment(1.0 / (1.0 + Math.exp(-logit)), logit, words);
	}

	/**
	 * What the classifier made of a post.
	 *
	 * @param probability calibrated probability of offensive language (0.5 is the
	 * decision point)
	 * @param logit the log-odds behind it
	 * @param words each word's contribution to the log-odds (positive: towards offensive)
	 */
	public record Assessment(double probability, double logit, float[] words) {

	}

}
