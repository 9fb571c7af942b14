package org.membercomms.checker.offensive;

import java.util.List;

import org.membercomms.checker.text.Token;

/**
 * Turns the engine's normalised words into hashed features: each word, each pair of
 * neighbouring words in a sentence, and the character 2- to 5-grams of each word with its
 * boundaries marked. Mentions and links are reduced to {@code user} and {@code url} so
 * that tweets and council posts look alike. Nothing is allocated per feature: a visitor
 * receives each feature's bucket and the word or words it came from.
 */
final class Features {

	/** Receives one feature. */
	interface Visitor {

		/**
		 * @param bucket the hashed feature, in [0, buckets)
		 * @param kind {@link #WORDS}, {@link #PAIRS}, {@link #GRAMS} or {@link #BIAS}
		 * @param first the first word it came from
		 * @param last the last word it came from
		 */
		void feature(int bucket, int kind, int first, int last);

	}

	static final int WORDS = 0;

	static final int PAIRS = 1;

	static final int GRAMS = 2;

	static final int BIAS = 3;

	static final int MIN_GRAM = 2;

	static final int MAX_GRAM = 5;

	private static final int WORD = 0x3C6EF372;

	private static final int PAIR = 0x1B873593;

	private static final int GRAM = 0x7F4A7C15;

	private final int mask;

	private final int shift;

	Features(int bits) {
		this.mask = (1 << bits) - 1;
		this.shift = 32 - bits;
	}

	int buckets() {
		return this.mask + 1;
	}

	/**
	 * The form of a word the features see: the most decoded form (leetspeak read,
	 * repeated letters squeezed to two), with mentions, links and numbers reduced to one
	 * symbol each.
	 * @param text the original text
	 * @param token a word
	 * @return its feature form
	 */
	static String form(String text, Token token) {
		if (token.start() > 0 && text.charAt(token.start() - 1) == '@') {
			return "user";
		}
		String[] forms = token.forms();
		String form = forms[forms.length - 1];
		if (form.startsWith("http") || form.startsWith("www")) {
			return "url";
		}
		if (isNumber(form)) {
			return "0";
		}
		return form;
	}

	private static boolean isNumber(String form) {
		for (int i = 0; i < form.length(); i++) {
			char c = form.charAt(i);
			if (!(c >= '0' && c <= '9')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Counts the features of a text, so that a visitor can weigh each by one over the
	 * square root of the count.
	 * @param text the original text
	 * @param tokens the words
	 * @return how many features {@link #visit} will report
	 */
	static int count(String text, List<Token> tokens) {
		int count = 0;
		for (int i = 0; i < tokens.size(); i++) {
			int length = form(text, tokens.get(i)).length() + 2;
			count += 1 + (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence() ? 1 : 0);
			for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
				count += Math.max(0, length - n + 1);
			}
		}
		return count + 1;
	}

	/**
	 * Reports every feature of a text, in a fixed order, ending with the bias feature
	 * (bucket 0, words -1).
	 * @param text the original text
	 * @param tokens the words
	 * @param visitor what receives them
	 */
	void visit(String text, List<Token> tokens, Visitor visitor) {
		int previous = 0;
		for (int i = 0; i < tokens.size(); i++) {
			String form = form(text, tokens.get(i));
			int word = word(form);
			visitor.feature(bucket(word), WORDS, i, i);
			if (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence()) {
				visitor.feature(pair(previous, word), PAIRS, i - 1, i);
			}
			previous = word;
			grams(form, i, visitor);
		}
		visitor.feature(0, BIAS, -1, -1);
	}

	/**
	 * @param form a word's feature form
	 * @return its hash, from which its bucket and the buckets of its pairs are made
	 */
	static int word(String form) {
		return hash(WORD, form, 0, form.length());
	}

	/**
	 * @param previous the hash of the word before
	 * @param word the hash of the word
	 * @return the bucket of the pair
	 */
	int pair(int previous, int word) {
		return bucket(mix(mix(PAIR, previous), word));
	}

	private void grams(String form, int at, Visitor visitor) {
		int length = form.length() + 2;
		for (int s = 0; s + MIN_GRAM <= length; s++) {
			int h = GRAM;
			int end = Math.min(length, s + MAX_GRAM);
			for (int p = s; p < end; p++) {
				char c = p == 0 || p == length - 1 ? '\u0001' : form.charAt(p - 1);
				h = (h ^ c) * 0x01000193;
				if (p - s + 1 >= MIN_GRAM) {
					visitor.feature(quick(h), GRAMS, at, at);
				}
			}
		}
	}

	/**
	 * Sums the weights of a word's character n-grams, as {@link #visit} would report them
	 * one by one.
	 * @param form the word's feature form
	 * @param weights the weights
	 * @return the sum (held to the range of an int) in the high 32 bits, the number of
	 * n-grams in the low 32
	 */
	long grams(String form, short[] weights) {
		int length = form.length() + 2;
		long sum = 0;
		int count = 0;
		for (int s = 0; s + MIN_GRAM <= length; s++) {
			int h = GRAM;
			int end = Math.min(length, s + MAX_GRAM);
			for (int p = s; p < end; p++) {
				char c = p == 0 || p == length - 1 ? '\u0001' : form.charAt(p - 1);
				h = (h ^ c) * 0x01000193;
				if (p - s + 1 >= MIN_GRAM) {
					sum += weights[quick(h)];
					count++;
				}
			}
		}
		long clamped = Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sum));
		return (clamped << 32) | (count & 0xFFFFFFFFL);
	}

	/** Fibonacci hashing of an FNV-1a hash: cheap enough for every character n-gram. */
	private int quick(int hash) {
		int b = (hash * 0x9E3779B1) >>> this.shift;
		return b == 0 ? 1 : b;
	}

	int bucket(int hash) {
		int b = fmix(hash) & this.mask;
		return b == 0 ? 1 : b;
	}

	private static int hash(int seed, String s, int from, int to) {
		int h = seed;
		for (int i = from; i < to; i++) {
			h = mix(h, s.charAt(i));
		}
		return mix(h, to - from);
	}

	private static int mix(int h, int k) {
		k *= 0xCC9E2D51;
		k = Integer.rotateLeft(k, 15);
		k *= 0x1B873593;
		h ^= k;
		h = Integer.rotateLeft(h, 13);
		return h * 5 + 0xE6546B64;
	}

	private static int fmix(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		h ^= h >>> 16;
		return h;
	}

}
