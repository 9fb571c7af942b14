package org.membercomms.postcheck.archive;

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
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.membercomms.system.CouncilTime;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the posts out of an export: an X (Twitter) archive's {@code tweets.js}, a
 * Facebook "your posts" JSON file, a Mastodon {@code outbox.json} (whose content is HTML)
 * or a CSV file with a date and a text column. The format is told from the content, not
 * the file name.
 */
final class ArchiveReader {

	private static final ZoneId UK = CouncilTime.ZONE;

	private static final DateTimeFormatter TWITTER_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
			Locale.ENGLISH);

	private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");

	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s{0,5}/?>|</p>");

	private static final List<String> DATE_COLUMNS = List.of("date", "created_at", "timestamp", "published", "time",
			"posted", "posted_at", "datetime");

	private static final List<String> TEXT_COLUMNS = List.of("text", "full_text", "post", "content", "message", "body",
			"tweet");

	private final JsonMapper json;

	/** Reads one element of an array, with the rest of the array still to come. */
	private final ObjectReader element;

	ArchiveReader(JsonMapper json) {
		this.json = json;
		this.element = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * A file read: its format and its posts.
	 */
	record Read(ArchiveFormat format, List<ArchivedPost> posts) {
	}

	Read read(byte[] bytes) {
		int from = firstNonBlank(bytes);
		if (startsWith(bytes, from, "window.YTD.")) {
			int equals = indexOf(bytes, from, (byte) '=');
			if (equals < 0) {
				throw new UnreadableArchive("This looks like an X (Twitter) archive file but has no tweets in it");
			}
			List<ArchivedPost> posts = new ArrayList<>();
			elements(bytes, equals + 1, "The X (Twitter) file has no list of tweets", (item) -> tweet(item, posts));
			return new Read(ArchiveFormat.TWITTER, posts);
		}
		if (startsWith(bytes, from, "[")) {
			List<ArchivedPost> posts = new ArrayList<>();
			boolean[] facebook = { false };
			elements(bytes, from, "The file is not valid JSON", (item) -> facebook[0] |= facebookPost(item, posts));
			if (!facebook[0]) {
				throw new UnreadableArchive("The JSON file is not a Facebook \"your posts\" export");
			}
			return new Read(ArchiveFormat.FACEBOOK, posts);
		}
		if (startsWith(bytes, from, "{")) {
			return new Read(ArchiveFormat.MASTODON, mastodon(bytes, from));
		}
		String content = new String(bytes, StandardCharsets.UTF_8);
		return new Read(ArchiveFormat.CSV, csv(content.startsWith("\uFEFF") ? content.substring(1) : content));
	}

	/**
	 * Reads a JSON array one element at a time, so that a large export never sits in
	 * memory as one tree.
	 */
	private void elements(byte[] bytes, int from, String notAnArray, Consumer<JsonNode> each) {
		try (JsonParser parser = this.json.createParser(bytes, from, bytes.length - from)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new UnreadableArchive(notAnArray);
			}
			elementsOf(parser, each);
		}
		catch (JacksonException ex) {
			throw new UnreadableArchive("The file is not valid JSON");
		}
	}

	/** With the parser on an array's start, gives each element in turn. */
	private void elementsOf(JsonParser parser, Consumer<JsonNode> each) {
		JsonToken token = parser.nextToken();
		while (token != JsonToken.END_ARRAY) {
			if (token == null) {
				throw new UnreadableArchive("The file is not valid JSON");
			}
			each.accept(this.element.readValue(parser));
			token = parser.nextToken();
		}
	}

	private static void tweet(JsonNode item, List<ArchivedPost> posts) {
		JsonNode tweet = item.has("tweet") ? item.get("tweet") : item;
		String text = string(tweet, "full_text");
		if (text == null) {
			text = string(tweet, "text");
		}
		if (text != null) {
			posts.add(new ArchivedPost(twitterDate(string(tweet, "created_at")), HtmlUtils.htmlUnescape(text)));
		}
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

	/**
	 * @return whether the item looks like an entry of a Facebook export
	 */
	private static boolean facebookPost(JsonNode item, List<ArchivedPost> posts) {
		if (!item.isObject()) {
			return false;
		}
		Instant at = item.has("timestamp") && item.get("timestamp").isNumber()
				? Instant.ofEpochSecond(item.get("timestamp").asLong()) : null;
		JsonNode data = item.get("data");
		if (data != null && data.isArray()) {
			for (JsonNode entry : data) {
				String text = string(entry, "post");
				if (text != null && !text.isBlank()) {
					posts.add(new ArchivedPost(at, repairMojibake(text)));
				}
			}
		}
		return item.has("timestamp") || item.has("data");
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

	private List<ArchivedPost> mastodon(byte[] bytes, int from) {
		List<ArchivedPost> posts = new ArrayList<>();
		boolean found = false;
		try (JsonParser parser = this.json.createParser(bytes, from, bytes.length - from)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("orderedItems".equals(name) && value == JsonToken.START_ARRAY) {
					found = true;
					elementsOf(parser, (item) -> mastodonPost(item, posts));
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			throw new UnreadableArchive("The file is not valid JSON");
		}
		if (!found) {
			throw new UnreadableArchive("The JSON file is not a Mastodon outbox (it has no orderedItems)");
		}
		return posts;
	}

	private static void mastodonPost(JsonNode item, List<ArchivedPost> posts) {
		JsonNode object = item.get("object");
		if (object == null || !object.isObject()) {
			return; // a boost of someone else's post: its object is only an address
		}
		String html = string(object, "content");
		if (html == null) {
			return;
		}
		String published = string(object, "published");
		if (published == null) {
			published = string(item, "published");
		}
		posts.add(new ArchivedPost(date(published), textOf(html)));
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

	private static int firstNonBlank(byte[] bytes) {
		int at = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
				? 3 : 0;
		while (at < bytes.length && Character.isWhitespace(bytes[at])) {
			at++;
		}
		return at;
	}

	private static boolean startsWith(byte[] bytes, int from, String prefix) {
		byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length - from < wanted.length) {
			return false;
		}
		for (int i = 0; i < wanted.length; i++) {
			if (bytes[from + i] != wanted[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, int from, byte wanted) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The posts alone, as stored while their scan waits or runs: a JSON array of
	 * {@code [epoch second or null, text]} pairs. Nothing else of the upload is kept.
	 * @param posts posts read from an archive
	 * @return their compact form
	 */
	byte[] compact(List<ArchivedPost> posts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (tools.jackson.core.JsonGenerator json = this.json.createGenerator(out)) {
			json.writeStartArray();
			for (ArchivedPost post : posts) {
				json.writeStartArray();
				if (post.postedAt() == null) {
					json.writeNull();
				}
				else {
					json.writeNumber(post.postedAt().getEpochSecond());
				}
				json.writeString(post.text());
				json.writeEndArray();
			}
			json.writeEndArray();
		}
		return out.toByteArray();
	}

	/**
	 * @param compact posts as {@link #compact(List)} wrote them
	 * @return the posts
	 */
	List<ArchivedPost> expand(byte[] compact) {
		List<ArchivedPost> posts = new ArrayList<>();
		elements(compact, 0, "The stored posts are not a list",
				(pair) -> posts
					.add(new ArchivedPost(pair.get(0).isNull() ? null : Instant.ofEpochSecond(pair.get(0).asLong()),
							pair.get(1).stringValue())));
		return posts;
	}

}
