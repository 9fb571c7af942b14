package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;

/**
 * What the learned reading ({@link HostilityModel}) sees of a post: its words, each cut
 * to a rough stem and marked {@code not:} for the three words after a denial, with every
 * target {@link Targets} finds put as its kind ({@code <group>}, {@code <person>},
 * {@code <people>}, {@code <property>}), so that the reading learns what is said of a
 * kind of target and never which group, person or party it was; and each word with the
 * word before it in its sentence.
 */
final class HostilityFeatures {

	/**
	 * One feature and the words it came from.
	 *
	 * @param name the feature
	 * @param first its first word
	 * @param last its last word
	 */
	record Feature(String name, int first, int last) {
	}

	/**
	 * A post as the reading sees it.
	 *
	 * @param sentences the words of each sentence, in order (a pair is two neighbours)
	 * @param targets the first target of each kind it names
	 */
	record Seen(List<List<Feature>> sentences, Map<Target.Kind, Target> targets) {

	}

	private static final String[] NEGATIONS = { "not", "n't", "never", "no", "nobody", "none", "nor", "without" };

	/** How many words after a denial read as denied. */
	private static final int SCOPE = 3;

	private final Targets targets;

	/** Read when features are first named for fitting; checking never needs it. */
	private WordHypernyms hypernyms;

	HostilityFeatures(Lexicons lexicons) {
		this.targets = new Targets(lexicons);
	}

	/**
	 * Every feature's name, as the reading is fitted on them: each word, the WordNet
	 * classes it is a kind of ({@link WordHypernyms}), and each pair of neighbours as
	 * "first second". (Scoring needs no classes: the model has added their weights to
	 * each word's.)
	 * @param post the post
	 * @return the names, in order
	 */
	synchronized List<String> names(Analysis post) {
		if (this.hypernyms == null) {
			this.hypernyms = WordHypernyms.load();
		}
		List<String> names = new ArrayList<>();
		for (List<Feature> words : of(post).sentences()) {
			for (int w = 0; w < words.size(); w++) {
				names.add(words.get(w).name());
				names.addAll(List.of(this.hypernyms.of(words.get(w).name())));
				if (w > 0) {
					names.add(words.get(w - 1).name() + " " + words.get(w).name());
				}
			}
		}
		return names;
	}

	/**
	 * Reads a post's features and targets.
	 * @param post the post
	 * @return what the reading sees
	 */
	Seen of(Analysis post) {
		List<Token> tokens = post.tokens();
		int sentences = post.text().sentences();
		Target[][] covers = new Target[sentences][];
		boolean any = false;
		boolean groupBefore = false;
		for (int s = 0; s < sentences; s++) {
			int[] bounds = post.sentenceBounds(s);
			if (bounds != null) {
				covers[s] = this.targets.cover(post, bounds[0], bounds[1], groupBefore);
				any |= hasTarget(covers[s]);
				groupBefore |= post.sentenceHas(s, Marks.GROUP);
			}
		}
		if (!any) {
			// a post that names no target is never read: no words are cut for it
			return new Seen(List.of(), Map.of());
		}
		List<List<Feature>> words = new ArrayList<>(sentences);
		Map<Target.Kind, Target> named = new EnumMap<>(Target.Kind.class);
		for (int s = 0; s < sentences; s++) {
			int[] bounds = post.sentenceBounds(s);
			if (bounds != null) {
				words.add(words(tokens, bounds[0], bounds[1], covers[s], named));
				post.steps().add(bounds[1] - bounds[0] + 1L);
			}
		}
		return new Seen(words, named);
	}

	private static boolean hasTarget(Target[] cover) {
		for (Target target : cover) {
			if (target != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A sentence's words as the reading sees them: each target one word of its kind, with
	 * what only tells one target of a kind from another left out, so that swapping a
	 * target for another of its kind changes nothing: the article or "our" before it
	 * ("the planning officer", "our ward councillor"), a capitalised title word the
	 * recogniser left outside it ("the Deputy Mayor"), and a second target joined to the
	 * first ("Gypsies and Travellers" reads as one group).
	 */
	private static List<Feature> words(List<Token> tokens, int from, int to, Target[] cover,
			Map<Target.Kind, Target> named) {
		List<Feature> words = new ArrayList<>(to - from + 1);
		int denied = 0;
		for (int k = from; k <= to; k++) {
			Target target = cover[k - from];
			if (target == null) {
				Token token = tokens.get(k);
				words.add(new Feature(denied > 0 ? "not:" + stem(token) : stem(token), k, k));
				denied = token.is(NEGATIONS) ? SCOPE : denied - 1;
				continue;
			}
			named.putIfAbsent(target.kind(), target);
			String word = "<" + kind(target.kind()) + ">";
			int first = k;
			int size = words.size();
			if (size >= 2 && joins(tokens, words.get(size - 1)) && words.get(size - 2).name().equals(word)) {
				first = words.get(size - 2).first();
				words.subList(size - 2, size).clear();
			}
			while (!words.isEmpty() && belongs(tokens, words.get(words.size() - 1), from)) {
				first = words.remove(words.size() - 1).first();
			}
			words.add(new Feature(word, first, target.last()));
			k = target.last();
		}
		return words;
	}

	/** Whether a word is the "and" or "or" between two targets. */
	private static boolean joins(List<Token> tokens, Feature word) {
		return word.first() == word.last() && tokens.get(word.first()).is("and", "or", "&");
	}

	/**
	 * Whether the word before a target belongs to it: an article, "our", or a title word
	 * written with a capital (not the sentence's first word, nor "I").
	 */
	private static boolean belongs(List<Token> tokens, Feature before, int from) {
		if (before.first() != before.last() || before.name().startsWith("<")) {
			return false;
		}
		Token token = tokens.get(before.first());
		return token.is("the", "our", "a", "an") || token.capitalised() && before.first() > from && !token.is("i");
	}

	private static String kind(Target.Kind kind) {
		return switch (kind) {
			case GROUP -> "group";
			case PERSON -> "person";
			case PEOPLE -> "people";
			case PROPERTY, PERSONAL_PROPERTY -> "property";
		};
	}

	/**
	 * A word's most decoded form (leetspeak read, repeated letters squeezed), without the
	 * commonest endings: "threatening" and "threatened" read alike.
	 */
	static String stem(Token token) {
		String[] forms = token.forms();
		return WordHypernyms.stem(forms[forms.length - 1]);
	}

}
