package org.membercomms.postcheck.archive;

import java.time.Instant;
import java.util.UUID;

/**
 * An archive scan as its owner sees it.
 *
 * @param id the scan's id
 * @param format the archive's format
 * @param status where the scan is
 * @param uploadedAt when the archive was uploaded
 * @param total how many posts the archive holds
 * @param scanned how many have been checked
 * @param worthReviewing how many of those are worth reviewing
 * @param truncated how many posts were longer than 10,000 characters, of which only the
 * start is checked
 */
public record ArchiveScan(UUID id, ArchiveFormat format, Status status, Instant uploadedAt, int total, int scanned,
		int worthReviewing, int truncated) {

	/** Where a scan is. */
	public enum Status {

		UPLOADING("Uploading"), WAITING("Waiting to start"), SCANNING("Checking"), DONE("Finished"), FAILED("Failed");

		private final String title;

		Status(String title) {
			this.title = title;
		}

		public String title() {
			return this.title;
		}

	}

	public boolean finished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * this.scanned / this.total);
	}

}
