package org.membercomms.checker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Words spelled out letter by letter ("f u c k", "f.u.c.k") joined into one word when the
 * letters spell a word the checker looks for.
 */
final class SpelledOut {

	/**
	 * The longest word a run of single letters is joined into ("f u c k"): no word of the
	 * lexicons it is tested against is longer than 13 letters, and the limit keeps the
	 * joining linear in a post of nothing but single letters (issue 16). Only a
	 * spelled-out word stretched past this many letters ("f u u u ... c k") is no longer
	 * joined.
	 */
	static final int LONGEST = 20;

	private SpelledOut() {
	}

	/**
	 * Joins runs of single letters that spell a known word ("f u c k"): from each letter
	 * of a run, the letters up to the end of the run are tried as one word, and the first
	 * that is known is joined. Each run's end is found once, and a try is made only when
	 * the word would have at most {@link #LONGEST} letters, so that a post of nothing but
	 * single letters is joined in linear time.
	 */
	static List<Token> join(List<Token> tokens, Predicate<String> spelledOut, Steps steps) {
		List<Token> out = null;
		int size = tokens.size();
		steps.add(size);
		int run = 0;
		int k = 0;
		while (k < size) {
			if (k >= run) {
				run = runOfLetters(tokens, k);
				steps.add(run - k);
			}
			int letters = run - k;
			if (letters >= 3 && letters <= LONGEST) {
				StringBuilder word = new StringBuilder(letters);
				for (int m = k; m < run; m++) {
					word.append(tokens.get(m).norm());
				}
				String joined = word.toString();
				String[] forms = Forms.of(joined);
				// the word is built, read three times for its forms, and each form is
				// hashed and compared once for each look-up
				steps.add((long) letters * (3 + 2 * forms.length));
				boolean known = false;
				for (String form : forms) {
					known |= spelledOut.test(form);
				}
				if (known) {
					if (out == null) {
						out = new ArrayList<>(tokens.subList(0, k));
					}
					Token first = tokens.get(k);
					out.add(new Token(out.size(), first.start(), tokens.get(run - 1).end(), joined, forms,
							first.sentence(), first.capitalised(), false, first.quoted()));
					k = run;
					continue;
				}
			}
			if (out != null) {
				out.add(tokens.get(k).at(out.size()));
			}
			k++;
		}
		return out == null ? tokens : out;
	}

	/**
	 * @return the end (exclusive) of the run of one-letter (or one-digit) words from word
	 * k in its sentence, or k when word k is longer
	 */
	private static int runOfLetters(List<Token> tokens, int k) {
		int sentence = tokens.get(k).sentence();
		int run = k;
		while (run < tokens.size() && tokens.get(run).norm().length() == 1
				&& PostText.letterOrDigit(tokens.get(run).norm().charAt(0)) && tokens.get(run).sentence() == sentence) {
			run++;
		}
		return run;
	}

}
