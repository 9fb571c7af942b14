package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of several words, indexed by their first word, found at a given word of a post.
 * Once numbered with the vocabulary, matching compares numbers instead of strings.
 */
final class Phrases {

	private final Map<String, List<String[]>> byHead = new HashMap<>();

	/** For each numbered first word, its phrases as numbers and as words, in order. */
	private final IntTable<Candidates> byHeadId = new IntTable<>();

	private final BitSet headIds = new BitSet();

	/** {@link #headIds} as bits, read without a call in {@link #longest}. */
	private long[] heads = new long[0];

	/** Whether there are no phrases at all. */
	private boolean empty = true;

	private static final class Candidates {

		int[][] ids = new int[0][];

		String[][] words = new String[0][];

		/** The second word of each phrase, or -1 for a phrase of one word. */
		int[] seconds = new int[0];

		void add(int[] phraseIds, String[] phrase) {
			this.ids = Arrays.copyOf(this.ids, this.ids.length + 1);
			this.words = Arrays.copyOf(this.words, this.words.length + 1);
			this.seconds = Arrays.copyOf(this.seconds, this.seconds.length + 1);
			this.ids[this.ids.length - 1] = phraseIds;
			this.words[this.words.length - 1] = phrase;
			this.seconds[this.seconds.length - 1] = (phraseIds.length > 1) ? phraseIds[1] : -1;
		}

		/**
		 * The length of the longest of these phrases that starts at a word, if longer
		 * than a length already found. The word after the first is read once, and only
		 * the phrases whose second word it is are compared word by word.
		 */
		int longest(List<Token> tokens, int at, int best) {
			int n = tokens.size();
			boolean more = at + 1 < n && tokens.get(at + 1).sentence() == tokens.get(at).sentence();
			int[] next = more ? tokens.get(at + 1).ids() : null;
			int[][] phrases = this.ids;
			int[] seconds = this.seconds;
			for (int c = 0; c < phrases.length; c++) {
				int[] phrase = phrases[c];
				if (phrase.length <= best) {
					continue;
				}
				int second = seconds[c];
				if (second >= 0 && (!more || (next != null && !holds(next, second)))) {
					continue;
				}
				if (matches(phrase, this.words[c], tokens, at)) {
					best = phrase.length;
				}
			}
			return best;
		}

		private static boolean holds(int[] ids, int id) {
			for (int own : ids) {
				if (own == id) {
					return true;
				}
			}
			return false;
		}

	}

	void add(String[] phrase) {
		this.byHead.computeIfAbsent(phrase[0], (k) -> new ArrayList<>()).add(phrase);
		this.empty = false;
	}

	boolean isEmpty() {
		return this.byHead.isEmpty();
	}

	Set<String> heads() {
		return this.byHead.keySet();
	}

	void number(Vocabulary vocabulary) {
		this.byHead.forEach((head, list) -> {
			for (String[] phrase : list) {
				int[] ids = new int[phrase.length];
				for (int k = 0; k < phrase.length; k++) {
					ids[k] = vocabulary.id(phrase[k]);
				}
				Candidates candidates = this.byHeadId.get(ids[0]);
				if (candidates == null) {
					candidates = new Candidates();
					this.byHeadId.put(ids[0], candidates);
				}
				candidates.add(ids, phrase);
				this.headIds.set(ids[0]);
			}
		});
		this.heads = this.headIds.toLongArray();
	}

	/**
	 * The length of the longest phrase that starts at a word, if longer than a length
	 * already found.
	 * @param tokens the words of a post
	 * @param at the first word
	 * @param best the length already found
	 * @return the longer length, or {@code best}
	 */
	int longest(List<Token> tokens, int at, int best) {
		if (this.empty) {
			return best;
		}
		Token first = tokens.get(at);
		int[] ids = first.ids();
		long[] heads = this.heads;
		if (ids != null && heads.length > 0) {
			for (int id : ids) {
				int word = id >>> 6;
				if (word >= heads.length || (heads[word] & (1L << id)) == 0) {
					continue;
				}
				best = this.byHeadId.get(id).longest(tokens, at, best);
			}
			return best;
		}
		for (String form : first.forms()) {
			List<String[]> candidates = this.byHead.get(form);
			if (candidates == null) {
				continue;
			}
			for (String[] phrase : candidates) {
				if (phrase.length > best && matches(null, phrase, tokens, at)) {
					best = phrase.length;
				}
			}
		}
		return best;
	}

	private static boolean matches(int[] ids, String[] words, List<Token> tokens, int at) {
		if (at + words.length > tokens.size()) {
			return false;
		}
		int sentence = tokens.get(at).sentence();
		for (int k = 1; k < words.length; k++) {
			Token t = tokens.get(at + k);
			if (t.sentence() != sentence || !(ids == null ? t.is(words[k]) : t.is(ids[k], words[k]))) {
				return false;
			}
		}
		return true;
	}

}
