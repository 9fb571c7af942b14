package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.membercomms.postcheck.PostCheckSettings;

/**
 * An export just under the upload limit is read in a JVM whose whole heap is 384 MB: the
 * readers stream, keeping one post at a time, whatever the file's size. Each export has a
 * post longer than the 10,000 characters checked every thousand posts.
 */
class ArchiveWithinMemoryTest {

	private static final long LIMIT = new PostCheckSettings(null, null, null, null, null, null, null, null, null, null)
		.archiveLimit()
		.toBytes();

	private static final String LONG_POST = "Long ".repeat(3000);

	@TempDir
	Path folder;

	@Test
	void scansExportsJustUnderTheUploadLimitInA384MegabyteHeap() throws Exception {
		Path tweets = this.folder.resolve("tweets.js");
		int tweeted = write(tweets, "window.YTD.tweets.part0 = [", "]", ArchiveWithinMemoryTest::tweet);
		Path facebook = this.folder.resolve("your_posts_1.json");
		int posted = write(facebook, "[", "]", ArchiveWithinMemoryTest::facebookEntry);
		assertThat(Files.size(tweets)).isBetween(LIMIT - 64 * 1024, LIMIT);
		assertThat(Files.size(facebook)).isBetween(LIMIT - 64 * 1024, LIMIT);

		Path output = this.folder.resolve("output.txt");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath(), ExportReadInSmallHeap.class.getName(),
				tweets.toString(), facebook.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean ended = child.waitFor(180, TimeUnit.SECONDS);
		if (!ended) {
			child.destroyForcibly();
		}
		assertThat(ended).as("the child ended within three minutes").isTrue();
		assertThat(child.exitValue()).as(Files.readString(output)).isZero();
		assertThat(Files.readAllLines(output)).containsExactly(
				"TWITTER " + tweeted + " posts, " + (tweeted / 1000) + " cut, " + batches(tweeted) + " batches, "
						+ tweeted + " checked",
				"FACEBOOK " + posted + " posts, " + (posted / 1000) + " cut, " + batches(posted) + " batches, " + posted
						+ " checked");
	}

	private static int batches(int posts) {
		return (posts + UploadedPosts.BATCH - 1) / UploadedPosts.BATCH;
	}

	/** One element of an export, the {@code n}th. */
	@FunctionalInterface
	interface Element {

		String of(int n);

	}

	/**
	 * Writes elements until the next would take the file over the limit.
	 * @return how many were written
	 */
	private static int write(Path file, String start, String end, Element element) throws IOException {
		long size = start.length() + end.length();
		int n = 0;
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.write(start);
			while (true) {
				String next = ((n > 0) ? "," : "") + element.of(n);
				size += next.getBytes(StandardCharsets.UTF_8).length;
				if (size > LIMIT) {
					break;
				}
				out.write(next);
				n++;
			}
			out.write(end);
		}
		return n;
	}

	private static String text(int n) {
		return (n % 1000 == 999) ? LONG_POST
				: "Thank you to everyone who came to the Linthorpe ward surgery on Saturday \u2013 post " + n + ".";
	}

	private static String tweet(int n) {
		return """
				{"tweet": {"edit_info": {"initial": {"editTweetIds": ["%1$d"], "editableUntil": "2024-03-04T10:15:00.000Z"}},
				 "retweeted": false, "source": "<a href=\\"https://mobile.example/download\\" rel=\\"nofollow\\">Phone app</a>",
				 "entities": {"hashtags": [{"text": "Council", "indices": ["0", "8"]}], "symbols": [], "user_mentions": [], "urls": []},
				 "display_text_range": ["0", "90"], "favorite_count": "12", "id_str": "%1$d", "truncated": false,
				 "retweet_count": "3", "id": "%1$d", "created_at": "Mon Mar 04 09:15:00 +0000 2024", "favorited": false,
				 "full_text": "%2$s", "lang": "en"}}"""
			.formatted(1_700_000_000_000_000_000L + n, text(n));
	}

	private static String facebookEntry(int n) {
		List<String> parts = new ArrayList<>();
		parts.add("\"timestamp\": " + (1_709_543_700L + n));
		parts.add("\"attachments\": [{\"data\": [{\"external_context\": {\"url\": \"https://example.org/" + n
				+ "\"}}]}]");
		parts.add("\"data\": [{\"post\": \"" + text(n).replace("\u2013", "\\u00e2\\u0080\\u0093")
				+ "\"}, {\"update_timestamp\": " + (1_709_543_800L + n) + "}]");
		parts.add("\"title\": \"Councillor Smith updated their status.\"");
		return "{" + String.join(", ", parts) + "}";
	}

	private static String classpath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

}
