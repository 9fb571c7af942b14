package org.membercomms.checker.text;

/**
 * The work one check has done, counted in steps: every loop over chars, words, pattern
 * positions and recogniser candidates adds what it visits (a loop whose length is known
 * adds it once; a loop that stops on what it finds adds one a turn). A test asserts that
 * a check takes at most a fixed number of steps per char of the post, whatever the post,
 * so that no input makes the checker's time grow faster than its length (issue 16, ADR
 * 16). One check owns one counter; it is not shared between threads.
 */
public final class Steps {

	private long taken;

	/**
	 * Counts one step.
	 */
	public void one() {
		this.taken++;
	}

	/**
	 * Counts several steps.
	 * @param steps how many (never negative)
	 */
	public void add(long steps) {
		this.taken += steps;
	}

	/**
	 * @return the steps counted so far
	 */
	public long taken() {
		return this.taken;
	}

}
