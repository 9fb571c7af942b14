package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.system.CouncilTime;

/**
 * Run by {@link ArchiveWithinMemoryTest} in a JVM of its own with a small heap: reads the
 * exports named as it would an upload (the streaming readers, then each post cut and
 * batched as for storing), checks every post of each batch with the application's checker
 * as a scan does, and prints, for each, its format, how many posts it held, how many were
 * cut and how many were checked. Exits 1 if the heap runs out.
 */
final class ExportReadInSmallHeap {

	private ExportReadInSmallHeap() {
	}

	public static void main(String[] files) throws IOException {
		PostChecker checker = PostChecker.create();
		for (String file : files) {
			int[] batches = { 0 };
			int[] checked = { 0 };
			UploadedPosts posts = new UploadedPosts((first, batch) -> {
				batches[0]++;
				for (ArchivedPost post : batch) {
					checker.check(Post.of(post.text()), contextOf(post));
					checked[0]++;
				}
			});
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				ArchiveFormat format = new ArchiveReader().read(in, posts);
				posts.flush();
				System.out.println(format + " " + posts.count() + " posts, " + posts.truncated() + " cut, " + batches[0]
						+ " batches, " + checked[0] + " checked");
			}
		}
	}

	private static Context contextOf(ArchivedPost post) {
		LocalDate day = (post.postedAt() != null) ? post.postedAt().atZone(CouncilTime.ZONE).toLocalDate() : null;
		return new Context(Set.of(), Channel.PERSONAL, day, List.of(), List.of());
	}

}
