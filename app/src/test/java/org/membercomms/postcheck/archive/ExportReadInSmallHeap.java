package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link ArchiveWithinMemoryTest} in a JVM of its own with a small heap: reads the
 * exports named as it would an upload (the streaming readers, then each post cut and
 * batched as for storing) and prints, for each, its format, how many posts it held and
 * how many were cut. Exits 1 if the heap runs out.
 */
final class ExportReadInSmallHeap {

	private ExportReadInSmallHeap() {
	}

	public static void main(String[] files) throws IOException {
		for (String file : files) {
			int[] batches = { 0 };
			UploadedPosts posts = new UploadedPosts((first, batch) -> batches[0]++);
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				ArchiveFormat format = new ArchiveReader().read(in, posts);
				posts.flush();
				System.out.println(format + " " + posts.count() + " posts, " + posts.truncated() + " cut, " + batches[0]
						+ " batches");
			}
		}
	}

}
