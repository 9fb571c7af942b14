package org.membercomms.checker.recognise;

import java.util.List;
import java.util.function.Function;

/**
 * Finds one kind of thing (a phone number, a postcode) in the original text of a post.
 * Every recogniser says whether it can find anything in a text without an ASCII digit, so
 * that the checker skips it on such texts without keeping its own list.
 */
public interface Recogniser {

	/**
	 * Finds every occurrence.
	 * @param text the original text
	 * @return what was found, in order
	 */
	List<Entity> find(String text);

	/**
	 * Whether everything this recogniser finds contains an ASCII digit ({@code 0-9}), so
	 * that {@link #find} would find nothing in a text without one and the checker need
	 * not call it there. Say false when in doubt: a recogniser that needs no digit always
	 * runs.
	 * @return true when a text without an ASCII digit cannot hold a match
	 */
	boolean needsDigit();

	/**
	 * A recogniser from a function.
	 * @param needsDigit see {@link #needsDigit()}
	 * @param find see {@link #find(String)}
	 * @return the recogniser
	 */
	static Recogniser of(boolean needsDigit, Function<String, List<Entity>> find) {
		return new Recogniser() {

			@Override
			public List<Entity> find(String text) {
				return find.apply(text);
			}

			@Override
			public boolean needsDigit() {
				return needsDigit;
			}

		};
	}

}
