package org.membercomms.checker.recognise;

import java.util.List;
import java.util.function.Function;

import org.membercomms.checker.text.Steps;

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
	 * Finds every occurrence, counting the steps taken. A recogniser that does not count
	 * its own is counted as one step per char of the text, so it must be linear.
	 * @param text the original text
	 * @param steps the check's counter
	 * @return what was found, in order
	 */
	default List<Entity> find(String text, Steps steps) {
		steps.add(text.length());
		return find(text);
	}

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
		return counting(needsDigit, (text, steps) -> {
			steps.add(text.length());
			return find.apply(text);
		});
	}

	/**
	 * A recogniser that counts its own steps.
	 * @param needsDigit see {@link #needsDigit()}
	 * @param find see {@link #find(String, Steps)}
	 * @return the recogniser
	 */
	static Recogniser counting(boolean needsDigit, Finder find) {
		return new Recogniser() {

			@Override
			public List<Entity> find(String text) {
				return find.find(text, new Steps());
			}

			@Override
			public List<Entity> find(String text, Steps steps) {
				return find.find(text, steps);
			}

			@Override
			public boolean needsDigit() {
				return needsDigit;
			}

		};
	}

	/** What finds a recogniser's entities, counting its steps. */
	@FunctionalInterface
	interface Finder {

		/**
		 * @param text the original text
		 * @param steps the check's counter
		 * @return what was found, in order
		 */
		List<Entity> find(String text, Steps steps);

	}

}
