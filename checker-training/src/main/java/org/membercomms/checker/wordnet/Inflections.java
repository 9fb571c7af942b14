package org.membercomms.checker.wordnet;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The written forms of a WordNet lemma that a post may use: a noun's plural, a verb's
 * third person, past and present participle. WordNet's exception lists give the irregular
 * ones ("slew", "slain", "abhorred"); these rules give the rest.
 */
final class Inflections {

	private Inflections() {
	}

	/**
	 * @return the lemma and its plural
	 */
	static Set<String> noun(String lemma, WordNet wordNet) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(lemma);
		forms.addAll(wordNet.irregularForms(lemma));
		if (wordNet.irregularForms(lemma).isEmpty() && !lemma.endsWith("s")) {
			forms.add(plural(lemma));
		}
		return forms;
	}

	/**
	 * @return the lemma, its third person, past and present participle
	 */
	static Set<String> verb(String lemma, WordNet wordNet) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(lemma);
		forms.add(plural(lemma));
		forms.addAll(wordNet.irregularForms(lemma));
		if (wordNet.irregularForms(lemma).stream().noneMatch((f) -> f.endsWith("ed"))) {
			forms.add(past(lemma));
		}
		if (wordNet.irregularForms(lemma).stream().noneMatch((f) -> f.endsWith("ing"))) {
			forms.add(participle(lemma));
		}
		return forms;
	}

	static String plural(String word) {
		if (word.matches(".*(s|x|z|ch|sh)")) {
			return word + "es";
		}
		if (word.matches(".*[^aeiou]y")) {
			return word.substring(0, word.length() - 1) + "ies";
		}
		return word + "s";
	}

	static String past(String word) {
		if (word.endsWith("e")) {
			return word + "d";
		}
		if (word.matches(".*[^aeiou]y")) {
			return word.substring(0, word.length() - 1) + "ied";
		}
		return word + "ed";
	}

	static String participle(String word) {
		if (word.endsWith("ie")) {
			return word.substring(0, word.length() - 2) + "ying";
		}
		if (word.matches(".*[^aeio]e")) {
			return word.substring(0, word.length() - 1) + "ing";
		}
		return word + "ing";
	}

}
