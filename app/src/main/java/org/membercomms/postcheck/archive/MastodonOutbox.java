package org.membercomms.postcheck.archive;

import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.springframework.web.util.HtmlUtils;

/**
 * A Mastodon {@code outbox.json}: an object whose {@code orderedItems} are activities,
 * each post's {@code object} holding its {@code content} as HTML. A boost's object is
 * only the address of someone else's post, and is left out.
 */
final class MastodonOutbox implements ArchivePosts {

	/** The longest run of characters read as one tag; a longer one is text. */
	private static final int LONGEST_TAG = 2000;

	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s{0,5}/?>|</p>");

	@Override
	public ArchiveFormat format() {
		return ArchiveFormat.MASTODON;
	}

	@Override
	public void read(InputStream in, Consumer<ArchivedPost> posts) {
		boolean[] found = { false };
		JsonExport.parse(in, (parser) -> {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new UnreadableArchive("The file is not valid JSON");
			}
			JsonExport.properties(parser, (name, value) -> {
				if ("orderedItems".equals(name) && value.currentToken() == JsonToken.START_ARRAY) {
					found[0] = true;
					JsonExport.elements(value, (item) -> activity(item, posts));
				}
			});
		});
		if (!found[0]) {
			throw new UnreadableArchive("The JSON file is not a Mastodon outbox (it has no orderedItems)");
		}
	}

	private static void activity(JsonParser item, Consumer<ArchivedPost> posts) {
		if (!JsonExport.object(item)) {
			return;
		}
		String[] published = { null, null };
		String[] html = { null };
		JsonExport.properties(item, (name, value) -> {
			if ("published".equals(name)) {
				published[1] = JsonExport.string(value);
			}
			else if ("object".equals(name) && JsonExport.object(value)) {
				JsonExport.properties(value, (field, part) -> {
					if ("content".equals(field)) {
						html[0] = JsonExport.string(part);
					}
					else if ("published".equals(field)) {
						published[0] = JsonExport.string(part);
					}
				});
			}
		});
		if (html[0] != null) {
			posts.accept(new ArchivedPost(ExportDates.of((published[0] != null) ? published[0] : published[1]),
					textOf(html[0])));
		}
	}

	/**
	 * Strips a post's tags in one pass (so that its time grows only with its length),
	 * with paragraphs and line breaks as new lines.
	 * @param html a post's HTML
	 * @return its text
	 */
	static String textOf(String html) {
		StringBuilder text = new StringBuilder(html.length());
		int close = -1;
		int at = 0;
		while (at < html.length()) {
			char c = html.charAt(at);
			if (c == '<') {
				if (close < at) {
					close = html.indexOf('>', at);
					close = (close < 0) ? html.length() : close;
				}
				if (close < html.length() && close - at <= LONGEST_TAG + 1) {
					if (LINE_BREAK_TAG.matcher(html.substring(at, close + 1)).matches()) {
						text.append('\n');
					}
					at = close + 1;
					continue;
				}
			}
			text.append(c);
			at++;
		}
		return HtmlUtils.htmlUnescape(text.toString()).strip();
	}

}
