package org.membercomms.checker.text;

/**
 * Numbers every word the lexicons and patterns know, so that matching a post's words is
 * an array or bit-set look-up instead of hashing strings again and again. The words are
 * kept in an open-addressing table with their hashes, so a look-up neither boxes the
 * number nor walks hash-map nodes. Words are only added while the checker is built.
 */
final class Vocabulary {

	private String[] words = new String[1024];

	private int[] hashes = new int[1024];

	private int[] numbers = new int[1024];

	private int size;

	int id(String word) {
		int found = lookup(word);
		if (found >= 0) {
			return found;
		}
		if ((this.size + 1) * 2 > this.words.length) {
			grow();
		}
		int id = this.size++;
		insert(word, word.hashCode(), id);
		return id;
	}

	int lookup(String word) {
		int hash = word.hashCode();
		int mask = this.words.length - 1;
		int i = mix(hash) & mask;
		String known;
		while ((known = this.words[i]) != null) {
			if (this.hashes[i] == hash && known.equals(word)) {
				return this.numbers[i];
			}
			i = (i + 1) & mask;
		}
		return -1;
	}

	int size() {
		return this.size;
	}

	private void insert(String word, int hash, int id) {
		int mask = this.words.length - 1;
		int i = mix(hash) & mask;
		while (this.words[i] != null) {
			i = (i + 1) & mask;
		}
		this.words[i] = word;
		this.hashes[i] = hash;
		this.numbers[i] = id;
	}

	private void grow() {
		String[] oldWords = this.words;
		int[] oldHashes = this.hashes;
		int[] oldNumbers = this.numbers;
		int capacity = oldWords.length * 2;
		this.words = new String[capacity];
		this.hashes = new int[capacity];
		this.numbers = new int[capacity];
		for (int i = 0; i < oldWords.length; i++) {
			if (oldWords[i] != null) {
				insert(oldWords[i], oldHashes[i], oldNumbers[i]);
			}
		}
	}

	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
