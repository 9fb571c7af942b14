package org.membercomms.postcheck;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the posts out of an export: an X (Twitter) archive's {@code tweets.js}, a
 * Facebook "your posts" JSON file, a Mastodon {@code outbox.json} (whose content is HTML)
 * or a CSV file with a date and a text column. The format is told from the content, not
 * the file name.
 */
final class ArchiveReader {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter TWITTER_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.ENGLISH);

	private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");

	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s{0,5}/?>|</p>");

	private static final List<String> DATE_COLUMNS = List.of("date", "created_at", "timestamp", "published", "time",
			"posted", "posted_at", "datetime");

	private static final List<String> TEXT_COLUMNS = List.of("text", "full_text", "post", "content", "message", "body",
			"tweet");

	private final JsonMapper json;

	ArchiveReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A file read: its format and its posts.
	 */
	record Read(ArchiveFormat format, List<ArchivedPost> posts) {
	}

	Read read(byte[] bytes) {
		String content = new String(bytes, StandardCharsets.UTF_8);
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		String start = content.stripLeading();
		if (start.startsWith("window.YTD.")) {
			int equals = start.indexOf('=');
			if (equals < 0) {
				throw new UnreadableArchive("This looks like an X (Twitter) archive file but has no tweets in it");
			}
			return new Read(ArchiveFormat.TWITTER, tweets(parse(start.substring(equals + 1))));
		}
		if (start.startsWith("[")) {
			return new Read(ArchiveFormat.FACEBOOK, facebook(parse(start)));
		}
		if (start.startsWith("{")) {
			return new Read(ArchiveFormat.MASTODON, mastodon(parse(start)));
		}
		return new Read(ArchiveFormat.CSV, csv(content));
	}

	private JsonNode parse(String text) {
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new UnreadableArchive("The file is not valid JSON");
		}
	}

	private static List<ArchivedPost> tweets(JsonNode root) {
		if (!root.isArray()) {
			throw new UnreadableArchive("The X (Twitter) file has no list of tweets");
		}
		List<ArchivedPost> posts = new ArrayList<>();
		for (JsonNode item : root) {
			JsonNode tweet = item.has("tweet") ? item.get("tweet") : item;
			String text = string(tweet, "full_text");
			if (text == null) {
				text = string(tweet, "text");
			}
			if (text != null) {
				posts.add(new ArchivedPost(twitterDate(string(tweet, "created_at")), HtmlUtils.htmlUnescape(text)));
			}
		}
		return posts;
	}

	private static Instant twitterDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(text, TWITTER_DATE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return date(text);
		}
	}

	private static List<ArchivedPost> facebook(JsonNode root) {
		List<ArchivedPost> posts = new ArrayList<>();
		boolean looksLikeFacebook = false;
		for (JsonNode item : root) {
			if (!item.isObject()) {
				continue;
			}
			looksLikeFacebook |= item.has("timestamp") || item.has("data");
			Instant at = item.has("timestamp") && item.get("timestamp").isNumber()
					? Instant.ofEpochSecond(item.get("timestamp").asLong()) : null;
			JsonNode data = item.get("data");
			if (data == null || !data.isArray()) {
				continue;
			}
			for (JsonNode entry : data) {
				String text = string(entry, "post");
				if (text != null && !text.isBlank()) {
					posts.add(new ArchivedPost(at, repairMojibake(text)));
				}
			}
		}
		if (!looksLikeFacebook) {
			throw new UnreadableArchive("The JSON file is not a Facebook \"your posts\" export");
		}
		return posts;
	}

	/**
	 * Facebook's exports write UTF-8 bytes as if each were a character ("â€™" for "’"):
	 * where every character fits in a byte and the bytes are valid UTF-8, decode them.
	 */
	static String repairMojibake(String text) {
		boolean high = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xFF) {
				return text;
			}
			high |= c > 0x7F;
		}
		if (!high) {
			return text;
		}
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		var decoder = StandardCharsets.UTF_8.newDecoder();
		try {
			return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return text;
		}
	}

	private static List<ArchivedPost> mastodon(JsonNode root) {
		JsonNode items = root.get("orderedItems");
		if (items == null || !items.isArray()) {
			throw new UnreadableArchive("The JSON file is not a Mastodon outbox (it has no orderedItems)");
		}
		List<ArchivedPost> posts = new ArrayList<>();
		for (JsonNode item : items) {
			JsonNode object = item.get("object");
			if (object == null || !object.isObject()) {
				continue; // a boost of someone else's post: its object is only an address
			}
			String html = string(object, "content");
			if (html == null) {
				continue;
			}
			String published = string(object, "published");
			if (published == null) {
				published = string(item, "published");
			}
			posts.add(new ArchivedPost(date(published), textOf(html)));
		}
		return posts;
	}

	/**
	 * @param html a post's HTML
	 * @return its text, with paragraphs and line breaks as new lines
	 */
	static String textOf(String html) {
		String lines = LINE_BREAK_TAG.matcher(html).replaceAll("\n");
		return HtmlUtils.htmlUnescape(TAG.matcher(lines).replaceAll("")).strip();
	}

	private static List<ArchivedPost> csv(String content) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			String dateColumn = column(header, DATE_COLUMNS);
			String textColumn = column(header, TEXT_COLUMNS);
			if (dateColumn == null || textColumn == null) {
				throw new UnreadableArchive("The file is not one of the formats we read");
			}
			List<ArchivedPost> posts = new ArrayList<>();
			for (CSVRecord row : parser) {
				if (row.isSet(textColumn) && !row.get(textColumn).isBlank()) {
					posts.add(new ArchivedPost(row.isSet(dateColumn) ? date(row.get(dateColumn)) : null,
							row.get(textColumn)));
				}
			}
			return posts;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new UnreadableArchive("The file is not one of the formats we read");
		}
		catch (java.io.UncheckedIOException ex) {
			throw new UnreadableArchive("The file is not one of the formats we read");
		}
	}

	private static String column(Map<String, Integer> header, List<String> names) {
		if (header == null) {
			return null;
		}
		for (String name : header.keySet()) {
			if (name != null && names.contains(name.strip().toLowerCase(Locale.ROOT))) {
				return name;
			}
		}
		return null;
	}

	/**
	 * @param text a date or time as exports write it: ISO 8601 with or without a time or
	 * offset, or a UK day such as 31/12/2024
	 * @return the instant, or {@code null} when it cannot be read
	 */
	static Instant date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(value.replace(' ', 'T')).atZone(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(value).atStartOfDay(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(value, DateTimeFormatter.ofPattern("d/M/yyyy")).atStartOfDay(UK).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

}
