package org.membercomms.checker.recognise;

import java.util.HashSet;
import java.util.Set;

/**
 * Short forms of known first names ("Bev" for Beverly, "Geoff" for Geoffrey): the first
 * three or more letters of a name in the first-name list that are not a name of their
 * own. They name a person only before a capitalised surname-like word, and never when
 * they are everyday words that start names too ("The", "Mill", "Elm", "Home").
 */
final class ShortForms {

	/** Everyday words that begin first names and stand before capitalised words. */
	private static final Set<String> EVERYDAY = Set.of("the", "her", "his", "our", "all", "and", "are", "its", "let",
			"can", "con", "lib", "lab", "dem", "ever", "van", "mar", "art", "don", "ben", "car", "mill", "elm", "home",
			"man", "men", "call", "ash", "hill", "red", "new", "old", "top", "sun", "win", "war", "gov", "pol", "tor",
			"tory", "mid", "west", "east", "north", "south", "great", "low", "high", "long", "royal", "saint", "st",
			"pri", "jun", "sen", "dev", "reg", "gen", "del", "rot", "kin", "law", "lor", "mer", "rom", "shar", "char",
			"sha", "sam", "bel", "ali", "ros", "ken", "bra", "bro", "chi", "cha", "mon", "pat", "tam", "ter", "mal",
			"ste", "mor", "she", "ann", "ell", "lau", "tra", "gra", "fra", "cla", "cle", "bla", "per", "pen");

	private ShortForms() {
	}

	/**
	 * The short forms of the given first names.
	 * @param firstNames lower-case first names
	 * @return the lower-case short forms
	 */
	static Set<String> of(Set<String> firstNames) {
		Set<String> forms = new HashSet<>();
		for (String name : firstNames) {
			for (int k = 3; k < name.length(); k++) {
				forms.add(name.substring(0, k));
			}
		}
		forms.removeAll(firstNames);
		forms.removeAll(EVERYDAY);
		return forms;
	}

}
