package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.membercomms.postcheck.archive.ArchiveReaderTest.read;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MastodonOutboxTest {

	@Test
	void readsPostsAndLeavesOutBoosts() throws IOException {
		ArchiveReaderTest.Read read = read(
				"""
						{"@context": ["https://www.w3.org/ns/activitystreams", {"sensitive": "as:sensitive"}],
						 "orderedItems": [
						   {"type": "Create", "published": "2024-06-14T18:40:00Z",
						    "object": {"content": "<p>Hello&amp;bye</p><p>Next</p>", "tag": [{"type": "Hashtag"}]}},
						   {"type": "Announce", "published": "2024-06-15T10:00:00Z", "object": "https://example.social/1"},
						   {"type": "Create", "object": {"published": "2024-06-16T08:00:00Z", "content": "Line<br>two<BR />three"}}
						 ],
						 "totalItems": 3}""");
		assertThat(read.format()).isEqualTo(ArchiveFormat.MASTODON);
		assertThat(read.posts()).containsExactly(
				new ArchivedPost(Instant.parse("2024-06-14T18:40:00Z"), "Hello&bye\nNext"),
				new ArchivedPost(Instant.parse("2024-06-16T08:00:00Z"), "Line\ntwo\nthree"));
	}

	@Test
	void refusesAnObjectWithoutOrderedItems() {
		assertThatThrownBy(() -> read("{\"orderedItems\": 3}")).isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("not a Mastodon outbox");
	}

	@Test
	void keepsAsTextWhatIsNotATag() {
		assertThat(MastodonOutbox.textOf("a < b and c > d")).as("a tag runs from < to the next >").isEqualTo("a  d");
		assertThat(MastodonOutbox.textOf("1 < 2, always")).isEqualTo("1 < 2, always");
		assertThat(MastodonOutbox.textOf("<b>bold</b> &lt;i&gt;")).isEqualTo("bold <i>");
	}

	@Test
	void takesAsTagsOnlyRunsOfAtMostTwoThousandCharacters() {
		String flood = "<".repeat(100_000) + ">";
		assertThat(MastodonOutbox.textOf(flood)).as("the last 2,002 characters are one tag")
			.isEqualTo("<".repeat(100_000 - 2001));
		assertThat(MastodonOutbox.textOf("x<" + "a".repeat(2000) + ">y")).isEqualTo("xy");
		assertThat(MastodonOutbox.textOf("x<" + "a".repeat(2001) + ">y")).isEqualTo("x<" + "a".repeat(2001) + ">y");
	}

}
