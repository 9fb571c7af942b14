package org.membercomms.postcheck.archive;

import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a JSON export token by token (Jackson's streaming parser), so that no element
 * becomes a tree and no more than one string is held at a time. A string longer than
 * {@value #LONGEST_STRING} characters is refused rather than read into memory, as is a
 * document nested deeper than Jackson's limit.
 */
final class JsonExport {

	/** The longest string read; a post longer than this is not a post. */
	static final int LONGEST_STRING = 1_000_000;

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONGEST_STRING).build())
			.build())
		.build();

	private JsonExport() {
	}

	/**
	 * What is read from the document's first token on.
	 */
	@FunctionalInterface
	interface Body {

		void read(JsonParser parser);

	}

	/**
	 * Parses a document, turning a parser's failure into a message for the person.
	 * @param in the document
	 * @param body reads it
	 */
	static void parse(InputStream in, Body body) {
		try (JsonParser parser = JSON.createParser(in)) {
			body.read(parser);
		}
		catch (StreamConstraintsException ex) {
			throw new UnreadableArchive(
					"The file has a piece of text longer than " + String.format(Locale.UK, "%,d", LONGEST_STRING)
							+ " characters, or lists nested too deeply, " + "so it is not an export of posts");
		}
		catch (JacksonException ex) {
			throw new UnreadableArchive("The file is not valid JSON");
		}
	}

	/**
	 * With the parser on an array's start, gives the parser on each element's first
	 * token; whatever of an element the consumer leaves is skipped.
	 */
	static void elements(JsonParser parser, Consumer<JsonParser> each) {
		JsonToken token = parser.nextToken();
		while (token != JsonToken.END_ARRAY) {
			if (token == null) {
				throw new UnreadableArchive("The file is not valid JSON");
			}
			each.accept(parser);
			parser.skipChildren();
			token = parser.nextToken();
		}
	}

	/**
	 * With the parser on an object's start, gives each property's name with the parser on
	 * its value; whatever of a value the consumer leaves is skipped.
	 */
	static void properties(JsonParser parser, Property each) {
		JsonToken token = parser.nextToken();
		while (token == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			each.read(name, parser);
			parser.skipChildren();
			token = parser.nextToken();
		}
		if (token != JsonToken.END_OBJECT) {
			throw new UnreadableArchive("The file is not valid JSON");
		}
	}

	/**
	 * One property of an object.
	 */
	@FunctionalInterface
	interface Property {

		void read(String name, JsonParser value);

	}

	/**
	 * @return the string the parser is on, or {@code null} when it is on another value
	 */
	static String string(JsonParser parser) {
		return (parser.currentToken() == JsonToken.VALUE_STRING) ? parser.getString() : null;
	}

	/**
	 * @return whether the parser is on an object's start
	 */
	static boolean object(JsonParser parser) {
		return parser.currentToken() == JsonToken.START_OBJECT;
	}

}
