package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ArchiveReaderTest {

	private final ArchiveReader reader = new ArchiveReader(JsonMapper.builder().build());

	@Test
	void readsAnXArchiveTweetsFile() throws IOException {
		ArchiveReader.Read read = this.reader.read(sample("tweets.js"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.TWITTER);
		assertThat(read.posts()).hasSize(3);
		assertThat(read.posts().get(0).text())
			.isEqualTo("Great turnout at the Linthorpe ward litter pick & thank you to every volunteer!");
		assertThat(read.posts().get(0).postedAt()).isEqualTo(Instant.parse("2024-03-04T09:15:00Z"));
		assertThat(read.posts().get(2).postedAt()).isEqualTo(Instant.parse("2025-01-07T12:00:00Z"));
	}

	@Test
	void readsAFacebookPostsExportAndRepairsItsEncoding() throws IOException {
		ArchiveReader.Read read = this.reader.read(sample("your_posts_1.json"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.FACEBOOK);
		assertThat(read.posts()).hasSize(2);
		assertThat(read.posts().get(0).text())
			.isEqualTo("Delighted to open the new play area in Acklam park today. It\u2019s brilliant!");
		assertThat(read.posts().get(0).postedAt()).isEqualTo(Instant.ofEpochSecond(1709543700));
	}

	@Test
	void readsAMastodonOutboxAsTextWithoutItsHtmlOrBoosts() throws IOException {
		ArchiveReader.Read read = this.reader.read(sample("outbox.json"));
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
		ArchiveReader.Read read = this.reader.read(sample("posts.csv"));
		assertThat(read.format()).isEqualTo(ArchiveFormat.CSV);
		assertThat(read.posts()).hasSize(3);
		assertThat(read.posts().get(1).text()).contains("07912 345678");
		assertThat(read.posts().get(1).postedAt()).isEqualTo(Instant.parse("2024-06-13T23:00:00Z"));
		assertThat(read.posts().get(2).postedAt()).isEqualTo(Instant.parse("2025-01-07T12:00:00Z"));
	}

	@Test
	void refusesAnythingElseNamingTheFormatsExpected() throws IOException {
		byte[] notes = sample("notes.txt");
		assertThatThrownBy(() -> this.reader.read(notes)).isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("tweets.js")
			.hasMessageContaining("Facebook")
			.hasMessageContaining("outbox.json")
			.hasMessageContaining("CSV file with a date column and a text column")
			.message()
			.doesNotContain("Monday");
		assertThatThrownBy(() -> this.reader.read("{\"hello\": 1}".getBytes()))
			.hasMessageContaining("not a Mastodon outbox");
		assertThatThrownBy(() -> this.reader.read("[1, 2, 3]".getBytes())).hasMessageContaining("not a Facebook");
		assertThatThrownBy(() -> this.reader.read("window.YTD.tweets.part0 = [ {".getBytes()))
			.hasMessageContaining("not valid JSON");
	}

	static byte[] sample(String name) throws IOException {
		try (InputStream in = ArchiveReaderTest.class.getResourceAsStream("/postcheck/archives/" + name)) {
			return in.readAllBytes();
		}
	}

}
