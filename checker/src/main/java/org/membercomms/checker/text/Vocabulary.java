package org.membercomms.checker.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers every word the lexicons and patterns know, so that matching a post's words is
 * an array or bit-set look-up instead of hashing strings again and again.
 */
final class Vocabulary {

	private final Map<String, Integer> ids = new HashMap<>();

	int id(String word) {
		Integer id = this.ids.get(word);
		if (id == null) {
			id = this.ids.size();
			this.ids.put(word, id);
		}
		return id;
	}

	int lookup(String word) {
		Integer id = this.ids.get(word);
		return id == null ? -1 : id;
	}

	int size() {
		return this.ids.size();
	}

}
