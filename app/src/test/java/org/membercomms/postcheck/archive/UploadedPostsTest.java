package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UploadedPostsTest {

	private final List<Integer> firsts = new ArrayList<>();

	private final List<ArchivedPost> stored = new ArrayList<>();

	private final UploadedPosts posts = new UploadedPosts((first, batch) -> {
		this.firsts.add(first);
		this.stored.addAll(batch);
	});

	@Test
	void storesPostsInBatchesByPosition() {
		for (int i = 0; i < 1200; i++) {
			this.posts.accept(new ArchivedPost(null, "Post " + i));
		}
		assertThat(this.firsts).containsExactly(0, 500);
		this.posts.flush();
		assertThat(this.firsts).containsExactly(0, 500, 1000);
		assertThat(this.stored).hasSize(1200);
		assertThat(this.stored.get(1199).text()).isEqualTo("Post 1199");
		assertThat(this.posts.count()).isEqualTo(1200);
	}

	@Test
	void cutsEachPostToItsFirstTenThousandCharactersCountingThoseCut() {
		this.posts.accept(new ArchivedPost(null, "a".repeat(10_000)));
		this.posts.accept(new ArchivedPost(null, "b".repeat(10_001)));
		this.posts.accept(new ArchivedPost(null, "c".repeat(9_999) + "\uD83D\uDE00"));
		this.posts.flush();
		assertThat(this.stored).extracting((post) -> post.text().length()).containsExactly(10_000, 10_000, 9_999);
		assertThat(this.posts.truncated()).isEqualTo(2);
	}

	@Test
	void leavesOutBlankPostsAndNulCharacters() {
		this.posts.accept(new ArchivedPost(null, " \n "));
		this.posts.accept(new ArchivedPost(null, "\0"));
		this.posts.accept(new ArchivedPost(null, "Hi\0 there"));
		this.posts.flush();
		assertThat(this.stored).extracting(ArchivedPost::text).containsExactly("Hi there");
		assertThat(this.posts.count()).isEqualTo(1);
	}

}
