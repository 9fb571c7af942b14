package org.membercomms.postcheck.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Takes the posts of an upload as they are read and stores them in batches, each cut to
 * the part that is checked, counting those that were longer. Blank posts are left out.
 */
final class UploadedPosts implements Consumer<ArchivedPost> {

	static final int BATCH = 500;

	private final Store store;

	private final List<ArchivedPost> batch = new ArrayList<>(BATCH);

	private int count;

	private int truncated;

	/**
	 * Where batches of posts go.
	 */
	@FunctionalInterface
	interface Store {

		/**
		 * @param first the position of the first post in the archive
		 * @param posts the batch, which is reused once this returns
		 */
		void add(int first, List<ArchivedPost> posts);

	}

	UploadedPosts(Store store) {
		this.store = store;
	}

	@Override
	public void accept(ArchivedPost post) {
		ArchivedPost stored = post.withoutNul();
		if (stored.text().isBlank()) {
			return;
		}
		if (stored.tooLong()) {
			this.truncated++;
			stored = stored.checkedPart();
		}
		this.batch.add(stored);
		this.count++;
		if (this.batch.size() == BATCH) {
			flush();
		}
	}

	/**
	 * Stores the posts still held.
	 */
	void flush() {
		if (!this.batch.isEmpty()) {
			this.store.add(this.count - this.batch.size(), this.batch);
			this.batch.clear();
		}
	}

	/**
	 * @return how many posts were taken
	 */
	int count() {
		return this.count;
	}

	/**
	 * @return how many of them were cut
	 */
	int truncated() {
		return this.truncated;
	}

}
