package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.springframework.web.util.HtmlUtils;

/**
 * An X (Twitter) archive's {@code tweets.js}: {@code window.YTD.tweets.part0 = [...]},
 * each element a {@code tweet} with its {@code full_text} (HTML-escaped) and
 * {@code created_at}.
 */
final class TwitterArchive implements ArchivePosts {

	/** How far the list of tweets may start from the file's start. */
	private static final int LONGEST_PREFIX = 200;

	@Override
	public ArchiveFormat format() {
		return ArchiveFormat.TWITTER;
	}

	@Override
	public void read(InputStream in, Consumer<ArchivedPost> posts) throws IOException {
		skipPrefix(in);
		JsonExport.parse(in, (parser) -> {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new UnreadableArchive("The X (Twitter) file has no list of tweets");
			}
			JsonExport.elements(parser, (element) -> tweet(element, posts));
		});
	}

	/** Reads past {@code window.YTD.tweets.part0 =}. */
	private static void skipPrefix(InputStream in) throws IOException {
		for (int read = 0; read < LONGEST_PREFIX; read++) {
			int next = in.read();
			if (next == '=') {
				return;
			}
			if (next < 0) {
				break;
			}
		}
		throw new UnreadableArchive("This looks like an X (Twitter) archive file but has no tweets in it");
	}

	private static void tweet(JsonParser element, Consumer<ArchivedPost> posts) {
		if (!JsonExport.object(element)) {
			return;
		}
		Tweet tweet = new Tweet();
		JsonExport.properties(element, (name, value) -> {
			if ("tweet".equals(name) && JsonExport.object(value)) {
				JsonExport.properties(value, tweet::read);
			}
			else {
				tweet.read(name, value);
			}
		});
		String text = (tweet.fullText != null) ? tweet.fullText : tweet.text;
		if (text != null) {
			posts.accept(new ArchivedPost(ExportDates.twitter(tweet.createdAt), HtmlUtils.htmlUnescape(text)));
		}
	}

	/** The parts of a tweet kept while it is read. */
	private static final class Tweet {

		private String fullText;

		private String text;

		private String createdAt;

		void read(String name, JsonParser value) {
			switch (name) {
				case "full_text" -> this.fullText = JsonExport.string(value);
				case "text" -> this.text = JsonExport.string(value);
				case "created_at" -> this.createdAt = JsonExport.string(value);
				default -> {
					// skipped
				}
			}
		}

	}

}
