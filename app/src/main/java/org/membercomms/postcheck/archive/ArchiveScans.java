package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
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
import org.membercomms.system.CsvCells;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's reviews of their past posts: an uploaded archive becomes a scan that a
 * worker runs in the background ({@link ArchiveScanWorker}). Only the posts' dates and
 * text are kept (each cut to {@value ArchivedPost#LONGEST} characters), until the scan
 * ends; the scan and the posts it found go when the report is downloaded, or after
 * {@code archive-kept-for} (7 days). Only the owner sees their scans.
 */
@Service
class ArchiveScans {

	static final String RECORD_TYPE = "archive scan";

	private final ArchiveScanRepository repository;

	private final ArchiveReader reader = new ArchiveReader();

	private final PostChecks checks;

	private final PostCheckSettings settings;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ArchiveScans(ArchiveScanRepository repository, PostChecks checks, PostCheckSettings settings, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.checks = checks;
		this.settings = settings;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return the largest upload accepted, as people read it ("50 MB")
	 */
	String limit() {
		long bytes = limitBytes();
		return (bytes >= 1024 * 1024) ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
	}

	/**
	 * @return what a person is told when their file is larger than the limit
	 */
	String tooLarge() {
		return "The file is larger than " + limit() + ": upload only the file of posts, not the whole archive";
	}

	/**
	 * @return the largest upload accepted, in bytes
	 */
	long limitBytes() {
		return this.settings.archiveLimit().toBytes();
	}

	/**
	 * Reads an uploaded archive as it streams in (so a wrong file is refused at once) and
	 * queues its scan. Only the posts' dates and text are stored, in batches outside any
	 * transaction; the scan is seen only once its last post is stored, and when the file
	 * turns out to be unreadable nothing of it is kept.
	 * @param owner who uploaded it
	 * @param content the file
	 * @param size the file's size in bytes
	 * @return the new scan's id
	 * @throws UnreadableArchive when the file is too large or none of the formats read
	 * @throws IOException when the file cannot be read
	 */
	UUID upload(String owner, InputStream content, long size) throws IOException {
		if (size == 0) {
			throw new UnreadableArchive("The file is empty");
		}
		if (size > limitBytes()) {
			throw new UnreadableArchive(tooLarge());
		}
		ArchiveReader.Opened archive = this.reader.open(content);
		UUID id = UUID.randomUUID();
		this.repository.insert(id, owner, this.checks.memberOf(owner), archive.format(), this.clock.instant());
		try {
			UploadedPosts posts = new UploadedPosts((first, batch) -> this.repository.addPosts(id, first, batch));
			archive.read(posts);
			posts.flush();
			if (posts.count() == 0) {
				throw new UnreadableArchive("We found no posts in the file");
			}
			this.transactions.executeWithoutResult((status) -> uploaded(id, archive.format(), posts));
			return id;
		}
		catch (IOException | RuntimeException ex) {
			this.repository.delete(id);
			throw ex;
		}
	}

	private void uploaded(UUID id, ArchiveFormat format, UploadedPosts posts) {
		this.repository.uploaded(id, posts.count(), posts.truncated());
		this.audit.record(RECORD_TYPE, id, "uploaded", List.of(FieldChange.of("format", null, format.title()),
				FieldChange.of("posts", null, posts.count()),
				FieldChange.of("posts cut to " + ArchivedPost.LONGEST + " characters", null, posts.truncated())));
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
					CsvCells.spreadsheetSafe(post.text()));
		}
		csv.flush();
		delete(scan.id(), "report downloaded and deleted");
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
