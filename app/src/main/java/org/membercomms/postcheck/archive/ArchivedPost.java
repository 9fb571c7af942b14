package org.membercomms.postcheck.archive;

import java.time.Instant;

/**
 * One post read from an archive.
 *
 * @param postedAt when it was published, or {@code null} when the archive does not say
 * @param text its text
 */
record ArchivedPost(Instant postedAt, String text) {

	/** How many characters of a post are kept and checked. */
	static final int LONGEST = 10_000;

	/**
	 * @return the post without any NUL characters, which PostgreSQL cannot store in text
	 */
	ArchivedPost withoutNul() {
		return (this.text.indexOf('\0') < 0) ? this : new ArchivedPost(this.postedAt, this.text.replace("\0", ""));
	}

	/**
	 * @return whether the post is longer than is checked
	 */
	boolean tooLong() {
		return this.text.length() > LONGEST;
	}

	/**
	 * @return the part of the post that is checked: its first {@value #LONGEST}
	 * characters (one fewer when the last would split a pair of surrogates)
	 */
	ArchivedPost checkedPart() {
		if (!tooLong()) {
			return this;
		}
		int end = Character.isHighSurrogate(this.text.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
		return new ArchivedPost(this.postedAt, this.text.substring(0, end));
	}

	@Override
	public String toString() {
		return "ArchivedPost[" + this.postedAt + ", " + this.text.length() + " chars]";
	}

}
