package org.membercomms.postcheck.archive;

import java.time.Instant;

/**
 * One post read from an archive.
 *
 * @param postedAt when it was published, or {@code null} when the archive does not say
 * @param text its text
 */
record ArchivedPost(Instant postedAt, String text) {

	@Override
	public String toString() {
		return "ArchivedPost[" + this.postedAt + ", " + this.text.length() + " chars]";
	}

}
