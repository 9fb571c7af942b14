package org.membercomms.postcheck.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the posts out of an export as it streams in, telling its format from its first
 * characters, not its name: an X (Twitter) archive's {@code tweets.js}
 * ({@link TwitterArchive}), a Facebook "your posts" JSON file ({@link FacebookExport}), a
 * Mastodon {@code outbox.json} ({@link MastodonOutbox}) or a CSV file with a date and a
 * text column ({@link CsvExport}).
 */
final class ArchiveReader {

	/** How much of the start is looked at to tell the format. */
	private static final int HEAD = 1024;

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * An export whose format is told, ready to read.
	 *
	 * @param reader the reader of its format
	 * @param in the export, from its first character that is not blank
	 */
	record Opened(ArchivePosts reader, InputStream in) {

		ArchiveFormat format() {
			return this.reader.format();
		}

		/**
		 * @param posts given each post as it is read
		 * @throws UnreadableArchive when the file is not of its format after all
		 * @throws IOException when the file cannot be read
		 */
		void read(Consumer<ArchivedPost> posts) throws IOException {
			this.reader.read(this.in, posts);
		}

	}

	/**
	 * Tells an export's format from its start.
	 * @param upload the file
	 * @return the export, ready to read
	 * @throws IOException when the file cannot be read
	 */
	Opened open(InputStream upload) throws IOException {
		BufferedInputStream in = new BufferedInputStream(upload, 64 * 1024);
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		int from = firstNonBlank(head);
		in.skipNBytes(from);
		return new Opened(formatOf(head, from), in);
	}

	/**
	 * Reads an export.
	 * @param upload the file
	 * @param posts given each post as it is read
	 * @return the file's format
	 * @throws UnreadableArchive when the file is none of the formats read
	 * @throws IOException when the file cannot be read
	 */
	ArchiveFormat read(InputStream upload, Consumer<ArchivedPost> posts) throws IOException {
		Opened export = open(upload);
		export.read(posts);
		return export.format();
	}

	private static ArchivePosts formatOf(byte[] head, int from) {
		if (startsWith(head, from, "window.YTD.".getBytes(StandardCharsets.US_ASCII))) {
			return new TwitterArchive();
		}
		if (from < head.length && head[from] == '[') {
			return new FacebookExport();
		}
		if (from < head.length && head[from] == '{') {
			return new MastodonOutbox();
		}
		return new CsvExport();
	}

	private static int firstNonBlank(byte[] head) {
		int at = startsWith(head, 0, BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
		while (at < head.length && Character.isWhitespace(head[at])) {
			at++;
		}
		return at;
	}

	private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
		if (bytes.length - from < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[from + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
