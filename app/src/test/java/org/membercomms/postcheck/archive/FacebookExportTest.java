package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.membercomms.postcheck.archive.ArchiveReaderTest.read;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FacebookExportTest {

	@Test
	void datesEachPostWhereverItsTimestampComes() throws IOException {
		ArchiveReaderTest.Read read = read(
				"""
						[
						  {"timestamp": 1709543700, "data": [{"post": "First"}, {"update_timestamp": 1}], "title": "x"},
						  {"attachments": [{"data": [{"media": {"uri": "a.jpg"}}]}], "data": [{"post": "Second"}, {"post": "Third"}],
						   "timestamp": 1709543800},
						  {"timestamp": 99999999999999999, "data": [{"post": "Far future"}]},
						  {"timestamp": 1709543900, "data": [{"post": "  "}]},
						  [1, 2],
						  "neither"
						]""");
		assertThat(read.format()).isEqualTo(ArchiveFormat.FACEBOOK);
		assertThat(read.posts()).containsExactly(new ArchivedPost(Instant.ofEpochSecond(1709543700), "First"),
				new ArchivedPost(Instant.ofEpochSecond(1709543800), "Second"),
				new ArchivedPost(Instant.ofEpochSecond(1709543800), "Third"), new ArchivedPost(null, "Far future"),
				new ArchivedPost(Instant.ofEpochSecond(1709543900), "  "));
	}

	@Test
	void givesOnUndatedThePostsOfAnEntryWithTooManyBeforeItsTimestamp() throws IOException {
		StringBuilder entry = new StringBuilder("[{\"data\": [");
		for (int i = 0; i < 150; i++) {
			entry.append((i > 0) ? "," : "").append("{\"post\": \"Post ").append(i).append("\"}");
		}
		entry.append("], \"timestamp\": 1709543700}]");
		ArchiveReaderTest.Read read = read(entry.toString());
		assertThat(read.posts()).hasSize(150);
		assertThat(read.posts().subList(0, 100)).allSatisfy((post) -> assertThat(post.postedAt()).isNull());
		assertThat(read.posts().subList(100, 150))
			.allSatisfy((post) -> assertThat(post.postedAt()).isEqualTo(Instant.ofEpochSecond(1709543700)));
		assertThat(read.posts().get(149).text()).isEqualTo("Post 149");
	}

	@Test
	void repairsTextWrittenAsMojibakeOnly() {
		assertThat(FacebookExport.repairMojibake("It\u00e2\u0080\u0099s")).isEqualTo("It\u2019s");
		assertThat(FacebookExport.repairMojibake("caf\u00e9")).as("not valid UTF-8 once read as bytes")
			.isEqualTo("caf\u00e9");
		assertThat(FacebookExport.repairMojibake("It\u2019s")).isEqualTo("It\u2019s");
	}

	@Test
	void refusesAListWithNoEntries() {
		assertThatThrownBy(() -> read("[{\"title\": \"x\"}, 2]")).isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("not a Facebook");
		assertThatThrownBy(() -> read("[{\"timestamp\": 1,")).hasMessageContaining("not valid JSON");
	}

}
