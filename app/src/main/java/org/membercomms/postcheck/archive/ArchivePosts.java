package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One export format, read as a stream: each post is given on as soon as it is read, and
 * nothing but the post in hand (its date and text) is kept.
 */
interface ArchivePosts {

	/**
	 * @return the format read
	 */
	ArchiveFormat format();

	/**
	 * Reads the posts of an export.
	 * @param in the export, from its first character that is not blank
	 * @param posts given each post in turn
	 * @throws UnreadableArchive when the file is not of this format
	 * @throws IOException when the file cannot be read
	 */
	void read(InputStream in, Consumer<ArchivedPost> posts) throws IOException;

}
