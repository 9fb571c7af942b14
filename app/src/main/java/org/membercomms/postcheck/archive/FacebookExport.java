package org.membercomms.postcheck.archive;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A Facebook "your posts" JSON file: a list of entries, each with a {@code timestamp}
 * (epoch seconds) and {@code data} holding the {@code post}'s text, written as mojibake.
 */
final class FacebookExport implements ArchivePosts {

	/**
	 * Posts of one entry held while its timestamp is still to come (Facebook writes it
	 * first); past this many they go on undated.
	 */
	private static final int MOST_UNDATED = 100;

	@Override
	public ArchiveFormat format() {
		return ArchiveFormat.FACEBOOK;
	}

	@Override
	public void read(InputStream in, Consumer<ArchivedPost> posts) {
		boolean[] facebook = { false };
		JsonExport.parse(in, (parser) -> {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new UnreadableArchive("The file is not valid JSON");
			}
			JsonExport.elements(parser, (element) -> facebook[0] |= entry(element, posts));
		});
		if (!facebook[0]) {
			throw new UnreadableArchive("The JSON file is not a Facebook \"your posts\" export");
		}
	}

	/**
	 * @return whether the element looks like an entry of a Facebook export
	 */
	private static boolean entry(JsonParser element, Consumer<ArchivedPost> posts) {
		if (!JsonExport.object(element)) {
			return false;
		}
		Entry entry = new Entry(posts);
		JsonExport.properties(element, (name, value) -> {
			if ("timestamp".equals(name)) {
				entry.dated(epochSecond(value));
			}
			else if ("data".equals(name)) {
				entry.facebook = true;
				posts(value, entry);
			}
		});
		entry.end();
		return entry.facebook;
	}

	/**
	 * @return the instant a whole number of seconds gives, or {@code null}
	 */
	private static Instant epochSecond(JsonParser value) {
		if (value.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(value.getLongValue());
		}
		catch (JacksonException | DateTimeException ex) {
			return null; // too large to be a date
		}
	}

	private static void posts(JsonParser value, Entry entry) {
		if (value.currentToken() == JsonToken.START_ARRAY) {
			JsonExport.elements(value, (data) -> {
				if (JsonExport.object(data)) {
					JsonExport.properties(data, (field, text) -> {
						if ("post".equals(field) && JsonExport.string(text) != null) {
							entry.post(repairMojibake(JsonExport.string(text)));
						}
					});
				}
			});
		}
	}

	/** One entry's posts, given on once its date is known. */
	private static final class Entry {

		private final Consumer<ArchivedPost> posts;

		private final List<String> undated = new ArrayList<>();

		private boolean facebook;

		private boolean dated;

		private Instant at;

		Entry(Consumer<ArchivedPost> posts) {
			this.posts = posts;
		}

		void dated(Instant at) {
			this.facebook = true;
			this.dated = true;
			this.at = at;
			end();
		}

		void post(String text) {
			if (this.dated) {
				this.posts.accept(new ArchivedPost(this.at, text));
				return;
			}
			// one character more than is checked, so that the post still counts as cut
			this.undated
				.add((text.length() > ArchivedPost.LONGEST + 1) ? text.substring(0, ArchivedPost.LONGEST + 1) : text);
			if (this.undated.size() >= MOST_UNDATED) {
				end();
			}
		}

		void end() {
			this.undated.forEach((text) -> this.posts.accept(new ArchivedPost(this.at, text)));
			this.undated.clear();
		}

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
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return text;
		}
	}

}
