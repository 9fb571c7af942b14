package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.membercomms.postcheck.archive.ArchiveReaderTest.read;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TwitterArchiveTest {

	@Test
	void readsEachTweetWhateverOrderItsPartsComeIn() throws IOException {
		ArchiveReaderTest.Read read = read("""
				window.YTD.tweets.part0 = [
				  {"tweet": {"entities": {"hashtags": [{"text": "Council", "indices": ["0", "8"]}]},
				             "full_text": "Bins &amp; recycling", "created_at": "Mon Mar 04 09:15:00 +0000 2024"}},
				  {"tweet": {"created_at": "2025-01-07T12:00:00Z", "text": "Older tweets have only text",
				             "extended": [[[{"deep": true}]]]}},
				  {"tweet": {"id_str": "3"}},
				  "not a tweet"
				]""");
		assertThat(read.format()).isEqualTo(ArchiveFormat.TWITTER);
		assertThat(read.posts()).containsExactly(
				new ArchivedPost(Instant.parse("2024-03-04T09:15:00Z"), "Bins & recycling"),
				new ArchivedPost(Instant.parse("2025-01-07T12:00:00Z"), "Older tweets have only text"));
	}

	@Test
	void refusesAFileWithoutAListOfTweets() {
		assertThatThrownBy(() -> read("window.YTD.tweets.part0 = {\"tweet\": 1}")).isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("no list of tweets");
		assertThatThrownBy(() -> read("window.YTD.tweets.part0 " + " ".repeat(300) + "= []"))
			.hasMessageContaining("has no tweets in it");
		assertThatThrownBy(() -> read("window.YTD.tweets.part0 = [{\"tweet\": {\"full_text\": \"Hi\"}"))
			.isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("not valid JSON");
	}

	@Test
	void refusesAPieceOfTextTooLongToBeAPostRatherThanHoldingIt() throws IOException {
		String longest = "a".repeat(JsonExport.LONGEST_STRING);
		assertThat(read("window.YTD.tweets.part0 = [{\"tweet\": {\"full_text\": \"" + longest + "\"}}]").posts())
			.singleElement()
			.satisfies((post) -> assertThat(post.text()).hasSize(JsonExport.LONGEST_STRING));
		assertThatThrownBy(() -> read("window.YTD.tweets.part0 = [{\"tweet\": {\"full_text\": \"" + longest + "a\"}}]"))
			.isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("longer than 1,000,000 characters");
	}

}
