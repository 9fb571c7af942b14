package org.membercomms.checker.fitting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.membercomms.checker.fitting.Corpora.Example;

/**
 * Fixed stratified splits: within each class, examples sorted by id, shuffled with a
 * fixed seed, the first share taken.
 */
final class Splits {

	/** The seed of the held-back 10% of the OLID training file. */
	static final long HELD_BACK_SEED = 20190606L;

	/** The seed of the validation 10% carved from the rest. */
	static final long VALIDATION_SEED = 20190607L;

	private Splits() {
	}

	static Set<String> stratified(List<Example> examples, double share, long seed) {
		Random random = new Random(seed);
		Set<String> chosen = new LinkedHashSet<>();
		for (int label = 0; label <= 1; label++) {
			List<String> ids = new ArrayList<>();
			for (Example e : examples) {
				if (e.offensive() == label) {
					ids.add(e.id());
				}
			}
			ids.sort(Comparator.naturalOrder());
			Collections.shuffle(ids, random);
			chosen.addAll(ids.subList(0, (int) Math.round(share * ids.size())));
		}
		List<String> sorted = new ArrayList<>(chosen);
		sorted.sort(Comparator.naturalOrder());
		return new LinkedHashSet<>(sorted);
	}

	static List<Example> in(List<Example> examples, Set<String> ids, boolean inside) {
		List<Example> out = new ArrayList<>();
		for (Example e : examples) {
			if (ids.contains(e.id()) == inside) {
				out.add(e);
			}
		}
		return out;
	}

}
