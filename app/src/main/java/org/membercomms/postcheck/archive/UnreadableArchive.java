package org.membercomms.postcheck.archive;

/**
 * An uploaded file that is not one of the archive formats; the message names the formats
 * expected (and never quotes the file).
 */
class UnreadableArchive extends RuntimeException {

	UnreadableArchive(String reason) {
		super(reason + ". " + ArchiveFormat.EXPECTED + ".");
	}

}
