package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.checker.Category;
import org.membercomms.postcheck.CheckNotFound;
import org.membercomms.postcheck.PostCheckSettings;
import org.membercomms.postcheck.PostChecks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's reviews of their past posts: an uploaded archive becomes a scan that a
 * worker runs in the background ({@link ArchiveScanWorker}). The upload is dropped when
 * the scan ends; the scan and the posts it found go when the report is downloaded, or
 * after {@code archive-kept-for} (7 days). Only the owner sees their scans.
 */
@Service
class ArchiveScans {

	static final String RECORD_TYPE = "archive scan";

	private final ArchiveScanRepository repository;

	private final ArchiveReader reader;

	private final PostChecks checks;

	private final PostCheckSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	ArchiveScans(ArchiveScanRepository repository, JsonMapper json, PostChecks checks, PostCheckSettings settings,
			AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.reader = new ArchiveReader(json);
		this.checks = checks;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	ArchiveReader reader() {
		return this.reader;
	}

	/**
	 * Reads an uploaded archive (so a wrong file is refused at once) and queues its scan.
	 * Only the posts' dates and text are stored, not the file.
	 * @param owner who uploaded it
	 * @param content the file
	 * @return the new scan's id
	 * @throws UnreadableArchive when the file is none of the formats read
	 */
	@Transactional
	UUID upload(String owner, byte[] content) {
		if (content.length == 0) {
			throw new UnreadableArchive("The file is empty");
		}
		if (content.length > this.settings.maxArchiveBytes()) {
			throw new UnreadableArchive("The file is larger than " + (this.settings.maxArchiveBytes() / 1024 / 1024)
					+ " MB: upload only the file of posts, not the whole archive");
		}
		ArchiveReader.Read read = this.reader.read(content);
		if (read.posts().isEmpty()) {
			throw new UnreadableArchive("We found no posts in the file");
		}
		UUID id = UUID.randomUUID();
		this.repository.insert(id, owner, this.checks.memberOf(owner), read.format(), this.clock.instant(),
				this.reader.compact(read.posts()), read.posts().size());
		this.audit.record(RECORD_TYPE, id, "uploaded", List.of(FieldChange.of("format", null, read.format().title()),
				FieldChange.of("posts", null, read.posts().size())));
		return id;
	}

	@Transactional(readOnly = true)
	List<ArchiveScan> of(String owner) {
		return this.repository.of(owner);
	}

	@Transactional(readOnly = true)
	Optional<ArchiveScan> find(String owner, UUID id) {
		return this.repository.find(owner, id);
	}

	/**
	 * @param owner the signed-in person
	 * @param id their scan
	 * @return the posts worth reviewing, newest first
	 */
	@Transactional(readOnly = true)
	List<ReviewedPost> worthReviewing(String owner, UUID id) {
		return this.repository.worthReviewing(owner, id);
	}

	/**
	 * Writes the report as CSV, then deletes the scan and everything it found.
	 * @param owner the signed-in person
	 * @param id their scan, which must have finished
	 * @param out where to write
	 */
	@Transactional
	void download(String owner, UUID id, Writer out) throws IOException {
		ArchiveScan scan = find(owner, id).filter(ArchiveScan::finished).orElseThrow(() -> new CheckNotFound("report"));
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader("date", "verdict", "categories", "text").get());
		for (ReviewedPost post : worthReviewing(owner, id)) {
			csv.printRecord((post.postedAt() != null) ? post.postedAt().toString() : "", post.verdict().name(),
					String.join(" ", post.categories().stream().map(Category::name).toList()),
					spreadsheetSafe(post.text()));
		}
		csv.flush();
		delete(scan.id(), "report downloaded and deleted");
	}

	/**
	 * A cell a spreadsheet would take as a formula gets a leading apostrophe.
	 */
	static String spreadsheetSafe(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	@Transactional
	void discard(String owner, UUID id) {
		ArchiveScan scan = find(owner, id).orElseThrow(() -> new CheckNotFound("archive scan"));
		delete(scan.id(), "deleted by its owner");
	}

	/**
	 * Deletes every scan uploaded longer ago than the time archives are kept.
	 * @return how many were deleted
	 */
	@Transactional
	int purgeExpired() {
		Instant before = this.clock.instant().minus(this.settings.archiveKeptFor());
		List<UUID> expired = this.repository.uploadedBefore(before);
		expired.forEach(id -> delete(id, "deleted after " + this.settings.archiveKeptFor().toDays() + " days"));
		return expired.size();
	}

	private void delete(UUID id, String action) {
		this.repository.delete(id);
		this.audit.record(RECORD_TYPE, id, action, List.of(FieldChange.of("archive", "kept", "deleted")));
	}

}
