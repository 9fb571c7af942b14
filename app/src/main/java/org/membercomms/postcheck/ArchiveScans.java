package org.membercomms.postcheck;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.membercomms.checker.Verdict;
import org.membercomms.members.MemberId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final ArchiveReader reader;

	private final PostChecks checks;

	private final PostCheckSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	ArchiveScans(JdbcClient jdbc, JsonMapper json, PostChecks checks, PostCheckSettings settings, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
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
		this.jdbc.sql("""
				insert into archive_scan (id, owner, member_id, format, status, uploaded_at, content, total)
				values (:id, :owner, :member, :format, 'WAITING', :at, :content, :total)""")
			.param("id", id)
			.param("owner", owner)
			.param("member", this.checks.memberOf(owner).map(MemberId::value).orElse(null))
			.param("format", read.format().name())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("content", this.reader.compact(read.posts()))
			.param("total", read.posts().size())
			.update();
		this.audit.record(RECORD_TYPE, id, "uploaded", List.of(FieldChange.of("format", null, read.format().title()),
				FieldChange.of("posts", null, read.posts().size())));
		return id;
	}

	@Transactional(readOnly = true)
	List<ArchiveScan> of(String owner) {
		return this.jdbc.sql(SELECT_SCAN + " where s.owner = :owner order by s.uploaded_at desc")
			.param("owner", owner)
			.query(ArchiveScans::scan)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<ArchiveScan> find(String owner, UUID id) {
		return this.jdbc.sql(SELECT_SCAN + " where s.owner = :owner and s.id = :id")
			.param("owner", owner)
			.param("id", id)
			.query(ArchiveScans::scan)
			.optional();
	}

	private static final String SELECT_SCAN = """
			select s.id, s.format, s.status, s.uploaded_at, s.total, s.scanned,
			  (select count(*) from archive_finding f where f.scan_id = s.id) as found
			from archive_scan s""";

	private static ArchiveScan scan(ResultSet row, int n) throws SQLException {
		return new ArchiveScan(row.getObject("id", UUID.class), ArchiveFormat.valueOf(row.getString("format")),
				ArchiveScan.Status.valueOf(row.getString("status")), row.getTimestamp("uploaded_at").toInstant(),
				row.getInt("total"), row.getInt("scanned"), row.getInt("found"));
	}

	/**
	 * @param owner the signed-in person
	 * @param id their scan
	 * @return the posts worth reviewing, newest first
	 */
	@Transactional(readOnly = true)
	List<ReviewedPost> worthReviewing(String owner, UUID id) {
		return this.jdbc.sql("""
				select f.posted_at, f.verdict, f.categories, f.text from archive_finding f
				join archive_scan s on s.id = f.scan_id
				where s.owner = :owner and s.id = :id
				order by f.posted_at desc nulls last, f.position""")
			.param("owner", owner)
			.param("id", id)
			.query((row, n) -> new ReviewedPost(
					(row.getTimestamp("posted_at") != null) ? row.getTimestamp("posted_at").toInstant() : null,
					Verdict.valueOf(row.getString("verdict")), CheckedPost.parse(row.getString("categories")),
					row.getString("text")))
			.list();
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
		List<UUID> expired = this.jdbc.sql("select id from archive_scan where uploaded_at < :before")
			.param("before", Timestamp.from(before))
			.query(UUID.class)
			.list();
		expired.forEach(id -> delete(id, "deleted after " + this.settings.archiveKeptFor().toDays() + " days"));
		return expired.size();
	}

	private void delete(UUID id, String action) {
		this.jdbc.sql("delete from archive_scan where id = :id").param("id", id).update();
		this.audit.record(RECORD_TYPE, id, action, List.of(FieldChange.of("archive", "kept", "deleted")));
	}

}
