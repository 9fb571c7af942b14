package org.membercomms.postcheck.archive;

import java.time.Instant;
import java.util.List;

import org.membercomms.checker.Category;
import org.membercomms.checker.Verdict;

/**
 * A past post worth reviewing, found by an archive scan.
 *
 * @param postedAt when it was published, or {@code null}
 * @param verdict the checker's verdict
 * @param categories the kinds of risk found
 * @param text the post
 */
public record ReviewedPost(Instant postedAt, Verdict verdict, List<Category> categories, String text) {

	@Override
	public String toString() {
		return "ReviewedPost[" + this.postedAt + ", " + this.verdict + "]";
	}

}
