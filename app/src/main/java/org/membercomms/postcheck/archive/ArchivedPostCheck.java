package org.membercomms.postcheck.archive;

import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.Report;

/**
 * How a scan checks each post of an archive: with the application's one checker (see
 * {@link ArchiveScanThreads}). Tests put a check here that holds a scan inside the
 * checker, as a long or pathological archive would.
 */
@FunctionalInterface
interface ArchivedPostCheck {

	/**
	 * @param post one post of the archive
	 * @param context what is known about it
	 * @return the checker's report
	 */
	Report check(Post post, Context context);

}
