package org.membercomms.checker.rules;

import java.util.List;
import java.util.Set;

import org.membercomms.checker.text.Lexicons;
import org.membercomms.checker.text.Marks;
import org.membercomms.checker.text.Token;
import org.membercomms.checker.text.WordClass;
import org.membercomms.checker.text.WordSet;

/**
 * Finds the targets of one sentence for the composition layer: people the recognisers
 * marked (names, pronouns, "you", roles), "whoever wrote this", protected groups, words
 * pointing back to a group named in an earlier sentence ("they", "that lot"), and
 * property from the {@code property} lexicon ("their diggers", "the mosque"), a person's
 * property ("his car", "Cllr Royce's new tyres"). The result is a cover of the sentence:
 * for each word, the target it belongs to or null.
 */
final class Targets {

	private static final Set<String> BACK_REFERENCES = Set.of("they", "them", "their", "theirs", "themselves", "'em");

	private static final Set<String> LOT = Set.of("lot", "sort", "kind", "type", "ones");

	/**
	 * Nouns that a group word can stand before and that belong to the group's name
	 * ("Jewish people", "Polish families", "Muslim residents").
	 */
	private static final Set<String> GROUP_NOUNS = Set.of("people", "person", "men", "women", "families", "family",
			"residents", "folk", "folks", "community", "communities", "neighbours", "kids", "children", "lads",
			"couples", "workers", "students", "pupils", "parents", "councillors", "members", "tenants");

	/**
	 * The bodies of Members that, named with a capital, are a small identifiable group.
	 */
	private static final String[] BODIES = { "committee", "committees", "panel", "panels", "board", "cabinet",
			"sub-committee" };

	private static final Set<String> LOT_DETERMINERS = Set.of("that", "this", "their", "the", "your", "those", "these");

	private final WordSet property;

	private final WordClass backReferences;

	private final WordClass lot;

	private final WordClass lotDeterminers;

	Targets(Lexicons lexicons) {
		this.property = lexicons.set("property");
		this.backReferences = lexicons.wordClass("back-references", BACK_REFERENCES);
		this.lot = lexicons.wordClass("lot-words", LOT);
		this.lotDeterminers = lexicons.wordClass("lot-determiners", LOT_DETERMINERS);
	}

	/**
	 * The targets of a sentence.
	 * @param post the post
	 * @param from the sentence's first word
	 * @param to its last word
	 * @param groupBefore whether an earlier sentence of the post named a protected group
	 * (a group named earlier in the same sentence counts too)
	 * @return for each word from {@code from} to {@code to}, its target or null
	 */
	Target[] cover(Analysis post, int from, int to, boolean groupBefore) {
		List<Token> tokens = post.tokens();
		Target[] cover = new Target[to - from + 1];
		post.steps().add(6L * cover.length);
		int k = from;
		boolean group = groupBefore;
		while (k <= to) {
			Target target = at(tokens, k, to, group);
			if (target == null) {
				k++;
				continue;
			}
			for (int j = target.first(); j <= target.last(); j++) {
				cover[j - from] = target;
			}
			post.steps().add(target.last() - target.first() + 1);
			group |= target.kind() == Target.Kind.GROUP;
			k = target.last() + 1;
		}
		return cover;
	}

	private Target at(List<Token> tokens, int k, int to, boolean groupBefore) {
		Token t = tokens.get(k);
		if (t.has(Marks.GROUP)) {
			int last = run(tokens, k, to, Marks.GROUP);
			if (last < to && GROUP_NOUNS.contains(tokens.get(last + 1).norm())) {
				last++;
			}
			return new Target(Target.Kind.GROUP, k, last);
		}
		int length = this.property.match(tokens, k);
		if (length > 0 && k + length - 1 <= to) {
			return new Target(Target.Kind.PROPERTY, k, k + length - 1);
		}
		if (t.has(Marks.PERSON | Marks.PRONOUN | Marks.YOU) || t.is("whoever")) {
			int last = run(tokens, k, to, Marks.PERSON);
			if (t.is("whoever") && k + 2 <= to && tokens.get(k + 2).is("this", "that", "it")) {
				last = k + 2;
			}
			return owning(tokens, k, last, to);
		}
		if (t.has(Marks.ROLE | Marks.OFFICER)) {
			int last = run(tokens, k, to, Marks.ROLE | Marks.OFFICER);
			int head = k;
			while (head < last && !tokens.get(head + 1).is("of", "for")) {
				head++;
			}
			boolean plural = tokens.get(head).norm().endsWith("s");
			if (plural || tokens.get(head).has(Marks.ORGANISATION)) {
				// a firm's yard is a business's property, not a person's
				return new Target(plural ? Target.Kind.PEOPLE : Target.Kind.PERSON, k, last);
			}
			return owning(tokens, k, last, to);
		}
		if (t.is("our", "my") && k < to) {
			return owned(tokens, k, to, groupBefore);
		}
		if (t.capitalised() && t.is(BODIES)) {
			// a named committee or panel ("the Planning Committee") is a small group of
			// people
			return new Target(Target.Kind.PEOPLE, k, k);
		}
		// "the Labour lot", "that Reform mob": a party's people, a small identifiable
		// group
		if (t.is("the", "that", "this") && k + 2 <= to && tokens.get(k + 1).capitalised()) {
			int name = k + 2 <= to - 1 && tokens.get(k + 2).capitalised() ? k + 2 : k + 1;
			if (name + 1 <= to && tokens.get(name + 1).is("lot", "mob", "crowd", "gang", "brigade")) {
				return new Target(Target.Kind.PEOPLE, k, name + 1);
			}
		}
		// "their sort", "that lot" before "their" alone
		if (groupBefore && this.lotDeterminers.contains(t) && k < to && this.lot.contains(tokens.get(k + 1))) {
			return new Target(Target.Kind.GROUP, k, k + 1);
		}
		if (groupBefore && this.backReferences.contains(t)) {
			return new Target(Target.Kind.GROUP, k, k);
		}
		return null;
	}

	/**
	 * The person from {@code k} to {@code last}, or with the property they own when it
	 * follows within two words ("his car", "the Deputy Mayor's house").
	 */
	private Target owning(List<Token> tokens, int k, int last, int to) {
		int owned = last + (last < to && tokens.get(last + 1).is("'s") ? 2 : 1);
		for (int j = owned; j <= to && j <= owned + 2 && tokens.get(j).marks() == 0; j++) {
			int owns = this.property.match(tokens, j);
			if (owns > 0 && j + owns - 1 <= to) {
				return new Target(Target.Kind.PERSONAL_PROPERTY, k, j + owns - 1);
			}
		}
		return new Target(Target.Kind.PERSON, k, last);
	}

	/**
	 * A person or people after "our" or "my" and at most one plain word ("our ward
	 * councillor Sam Okafor", "my local councillor"): the whole phrase is the target.
	 */
	private Target owned(List<Token> tokens, int k, int to, boolean groupBefore) {
		for (int j = k + 1; j <= to && j <= k + 2; j++) {
			Token w = tokens.get(j);
			if (w.has(Marks.PERSON | Marks.ROLE | Marks.OFFICER)) {
				Target inner = at(tokens, j, to, groupBefore);
				boolean person = inner != null
						&& (inner.kind() == Target.Kind.PERSON || inner.kind() == Target.Kind.PEOPLE);
				return person ? new Target(inner.kind(), k, inner.last()) : null;
			}
			if (w.marks() != 0 || w.capitalised()) {
				return null;
			}
		}
		return null;
	}

	/** The last word of the run of words from {@code k} carrying one of the marks. */
	private static int run(List<Token> tokens, int k, int to, long marks) {
		int last = k;
		while (last < to && tokens.get(last + 1).has(marks)) {
			last++;
		}
		return last;
	}

}
