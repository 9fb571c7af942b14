package org.membercomms.postcheck;

import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.Report;

/**
 * Runs the checker on one post in its context: for {@link PostChecks} (the page and the
 * API) and for archive scans. In the application it is the checker library's
 * {@code PostChecker}; a test can put a gate in front of it to hold checks inside the
 * checker, as a long or pathological post would.
 */
@FunctionalInterface
public interface DraftChecker {

	/**
	 * @param post the post
	 * @param context who posts it, where and when
	 * @return the checker's report
	 */
	Report check(Post post, Context context);

}
