package org.membercomms.checker.text;

import java.util.Arrays;

/**
 * A small read-mostly map from vocabulary numbers to values, with open addressing, so
 * that look-ups on the hot path neither box the key nor chase hash-map nodes.
 *
 * @param <V> the values
 */
final class IntTable<V> {

	private int[] keys = new int[8];

	private Object[] values = new Object[8];

	private int size;

	IntTable() {
		Arrays.fill(this.keys, -1);
	}

	/**
	 * @param key a vocabulary number (0 or more)
	 * @return its value, or null
	 */
	@SuppressWarnings("unchecked")
	V get(int key) {
		int mask = this.keys.length - 1;
		int i = mix(key) & mask;
		while (true) {
			int k = this.keys[i];
			if (k == key) {
				return (V) this.values[i];
			}
			if (k < 0) {
				return null;
			}
			i = (i + 1) & mask;
		}
	}

	void put(int key, V value) {
		if ((this.size + 1) * 2 > this.keys.length) {
			grow();
		}
		int mask = this.keys.length - 1;
		int i = mix(key) & mask;
		while (this.keys[i] >= 0 && this.keys[i] != key) {
			i = (i + 1) & mask;
		}
		if (this.keys[i] < 0) {
			this.size++;
		}
		this.keys[i] = key;
		this.values[i] = value;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	@SuppressWarnings("unchecked")
	private void grow() {
		int[] oldKeys = this.keys;
		Object[] oldValues = this.values;
		this.keys = new int[oldKeys.length * 2];
		this.values = new Object[oldKeys.length * 2];
		Arrays.fill(this.keys, -1);
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] >= 0) {
				put(oldKeys[i], (V) oldValues[i]);
			}
		}
	}

	private static int mix(int key) {
		int h = key * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
