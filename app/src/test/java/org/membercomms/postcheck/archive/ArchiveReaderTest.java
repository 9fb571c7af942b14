package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Telling an export's format from its start, and reading each format's sample.
 */
class ArchiveReaderTest {

	/** What the test reads: the format and the posts given on. */
	record Read(ArchiveFormat format, List<ArchivedPost> posts) {
	}

	@Test
	void readsAnXArchiveTweetsFile() throws IOException {
		Read read = read(sample("tweets.js"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.TWITTER);
		assertThat(read.posts()).hasSize(3);
		assertThat(read.posts().get(0).text())
			.isEqualTo("Great turnout at the Linthorpe ward litter pick & thank you to every volunteer!");
		assertThat(read.posts().get(0).postedAt()).isEqualTo(Instant.parse("2024-03-04T09:15:00Z"));
		assertThat(read.posts().get(2).postedAt()).isEqualTo(Instant.parse("2025-01-07T12:00:00Z"));
	}

	@Test
	void readsAFacebookPostsExportAndRepairsItsEncoding() throws IOException {
		Read read = read(sample("your_posts_1.json"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.FACEBOOK);
		assertThat(read.posts()).hasSize(2);
		assertThat(read.posts().get(0).text())
			.isEqualTo("Delighted to open the new play area in Acklam park today. It\u2019s brilliant!");
		assertThat(read.posts().get(0).postedAt()).isEqualTo(Instant.ofEpochSecond(1709543700));
	}

	@Test
	void readsAMastodonOutboxAsTextWithoutItsHtmlOrBoosts() throws IOException {
		Read read = read(sample("outbox.json"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.MASTODON);
		assertThat(read.posts()).hasSize(2);
		assertThat(read.posts().get(0).text())
			.isEqualTo("Surgery this Saturday at the library & community hub.\nAll welcome!");
		assertThat(read.posts().get(1).text())
			.isEqualTo("Anyone who knows Dave, his mobile is 07912 345678,\ntell him to ring me.");
		assertThat(read.posts().get(1).postedAt()).isEqualTo(Instant.parse("2024-06-14T18:40:00Z"));
	}

	@Test
	void readsACsvWithADateAndATextColumn() throws IOException {
		Read read = read(sample("posts.csv"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.CSV);
		assertThat(read.posts()).hasSize(3);
		assertThat(read.posts().get(1).text()).contains("07912 345678");
		assertThat(read.posts().get(1).postedAt()).isEqualTo(Instant.parse("2024-06-13T23:00:00Z"));
		assertThat(read.posts().get(2).postedAt()).isEqualTo(Instant.parse("2025-01-07T12:00:00Z"));
	}

	@Test
	void refusesAnythingElseNamingTheFormatsExpected() throws IOException {
		byte[] notes = sample("notes.txt");
		assertThatThrownBy(() -> read(notes)).isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("tweets.js")
			.hasMessageContaining("Facebook")
			.hasMessageContaining("outbox.json")
			.hasMessageContaining("CSV file with a date column and a text column")
			.message()
			.doesNotContain("Monday");
		assertThatThrownBy(() -> read("{\"hello\": 1}".getBytes())).hasMessageContaining("not a Mastodon outbox");
		assertThatThrownBy(() -> read("[1, 2, 3]".getBytes())).hasMessageContaining("not a Facebook");
		assertThatThrownBy(() -> read("window.YTD.tweets.part0 = [ {".getBytes()))
			.hasMessageContaining("not valid JSON");
	}

	@Test
	void tellsTheFormatAfterAByteOrderMarkAndBlankLines() throws IOException {
		Read read = read(("\uFEFF\n\n  date,text\n2025-01-07,Hello Linthorpe\n").getBytes(StandardCharsets.UTF_8));
		assertThat(read.format()).isEqualTo(ArchiveFormat.CSV);
		assertThat(read.posts())
			.containsExactly(new ArchivedPost(Instant.parse("2025-01-07T00:00:00Z"), "Hello Linthorpe"));
		assertThat(read("\uFEFF [{\"timestamp\": 1, \"data\": [{\"post\": \"Hi\"}]}]".getBytes(StandardCharsets.UTF_8))
			.format()).isEqualTo(ArchiveFormat.FACEBOOK);
	}

	static Read read(byte[] bytes) throws IOException {
		List<ArchivedPost> posts = new ArrayList<>();
		ArchiveFormat format = new ArchiveReader().read(new ByteArrayInputStream(bytes), posts::add);
		return new Read(format, posts);
	}

	static Read read(String text) throws IOException {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] sample(String name) throws IOException {
		try (InputStream in = ArchiveReaderTest.class.getResourceAsStream("/postcheck/archives/" + name)) {
			return in.readAllBytes();
		}
	}

}
