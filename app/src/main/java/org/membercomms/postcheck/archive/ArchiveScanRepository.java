package org.membercomms.postcheck.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.membercomms.checker.Category;
import org.membercomms.checker.Verdict;
import org.membercomms.members.MemberId;
import org.membercomms.postcheck.CheckedPost;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Archive scans ({@code archive_scan}), their posts ({@code archive_post}, kept until the
 * scan ends) and the posts worth reviewing they found ({@code archive_finding}). The
 * owner's reads take their username, and never see a scan still uploading; a worker's
 * writes take the name it claimed the scan with.
 */
@Repository
class ArchiveScanRepository {

	private static final String SELECT_SCAN = """
			select s.id, s.format, s.status, s.uploaded_at, s.total, s.scanned, s.truncated,
			  (select count(*) from archive_finding f where f.scan_id = s.id) as found
			from archive_scan s where s.status <> 'UPLOADING'""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ArchiveScanRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * A scan a worker has claimed.
	 *
	 * @param id the scan's id
	 * @param member the Member whose posts they are, or {@code null}
	 * @param total how many posts the scan has
	 * @param scanned how many posts earlier workers checked
	 */
	record Claim(UUID id, UUID member, int total, int scanned) {
	}

	/**
	 * A post worth reviewing, found at a position of a scan's archive.
	 */
	record Found(UUID scan, int position, Instant postedAt, Verdict verdict, Set<Category> categories, String text) {
	}

	/**
	 * Starts a scan whose posts are still being uploaded: nobody sees it, and no worker
	 * claims it, until {@link #uploaded} says it is complete.
	 */
	void insert(UUID id, String owner, Optional<MemberId> member, ArchiveFormat format, Instant at) {
		this.jdbc.sql("""
				insert into archive_scan (id, owner, member_id, format, status, uploaded_at, total)
				values (:id, :owner, :member, :format, 'UPLOADING', :at, 0)""")
			.param("id", id)
			.param("owner", owner)
			.param("member", member.map(MemberId::value).orElse(null))
			.param("format", format.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Stores some of an upload's posts.
	 * @param first the position of the first of them in the archive
	 */
	void addPosts(UUID id, int first, List<ArchivedPost> posts) {
		List<Object[]> rows = new ArrayList<>(posts.size());
		for (int i = 0; i < posts.size(); i++) {
			ArchivedPost post = posts.get(i);
			rows.add(new Object[] { id, first + i, (post.postedAt() != null) ? Timestamp.from(post.postedAt()) : null,
					post.text() });
		}
		this.batch.batchUpdate("insert into archive_post (scan_id, position, posted_at, text) values (?, ?, ?, ?)",
				rows);
	}

	/**
	 * Completes an upload: its scan waits for a worker.
	 * @param total how many posts were stored
	 * @param truncated how many of them were cut to their first 10,000 characters
	 */
	void uploaded(UUID id, int total, int truncated) {
		this.jdbc.sql("""
				update archive_scan set status = 'WAITING', total = :total, truncated = :truncated
				where id = :id and status = 'UPLOADING'""")
			.param("total", total)
			.param("truncated", truncated)
			.param("id", id)
			.update();
	}

	/**
	 * @return the scan's posts from position {@code from} (inclusive) to {@code to}
	 * (exclusive), in order
	 */
	List<ArchivedPost> posts(UUID id, int from, int to) {
		return this.jdbc.sql("""
				select posted_at, text from archive_post
				where scan_id = :id and position >= :from and position < :to
				order by position""")
			.param("id", id)
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new ArchivedPost(
					(row.getTimestamp("posted_at") != null) ? row.getTimestamp("posted_at").toInstant() : null,
					row.getString("text")))
			.list();
	}

	List<ArchiveScan> of(String owner) {
		return this.jdbc.sql(SELECT_SCAN + " and s.owner = :owner order by s.uploaded_at desc")
			.param("owner", owner)
			.query(ArchiveScanRepository::scan)
			.list();
	}

	Optional<ArchiveScan> find(String owner, UUID id) {
		return this.jdbc.sql(SELECT_SCAN + " and s.owner = :owner and s.id = :id")
			.param("owner", owner)
			.param("id", id)
			.query(ArchiveScanRepository::scan)
			.optional();
	}

	/**
	 * @return the posts worth reviewing the owner's scan found, newest first
	 */
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

	List<UUID> uploadedBefore(Instant before) {
		return this.jdbc.sql("select id from archive_scan where uploaded_at < :before")
			.param("before", Timestamp.from(before))
			.query(UUID.class)
			.list();
	}

	/**
	 * Deletes a scan and (by cascade) what it found.
	 */
	void delete(UUID id) {
		this.jdbc.sql("delete from archive_scan where id = :id").param("id", id).update();
	}

	/**
	 * Claims the oldest scan waiting, or one whose worker's claim is older than
	 * {@code stale}, skipping scans another worker has locked.
	 */
	Optional<Claim> claim(String worker, Instant now, Instant stale) {
		return this.jdbc.sql("""
				update archive_scan set status = 'SCANNING', claimed_by = :me, claimed_at = :now
				where id = (
				  select id from archive_scan
				  where status = 'WAITING' or (status = 'SCANNING' and claimed_at < :stale)
				  order by uploaded_at limit 1
				  for update skip locked)
				returning id, member_id, total, scanned""")
			.param("me", worker)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(stale))
			.query((row, n) -> new Claim(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class),
					row.getInt("total"), row.getInt("scanned")))
			.optional();
	}

	/**
	 * Renews the worker's claim and records how far it got.
	 * @return whether the scan is still the worker's
	 */
	boolean recordProgress(UUID id, String worker, int scanned, Instant now) {
		return this.jdbc.sql("""
				update archive_scan set scanned = :scanned, claimed_at = :now
				where id = :id and claimed_by = :me and status = 'SCANNING'""")
			.param("scanned", scanned)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("me", worker)
			.update() > 0;
	}

	/**
	 * Renews the worker's claim while it runs the scan.
	 * @return whether the scan is still the worker's
	 */
	boolean renewClaim(UUID id, String worker, Instant now) {
		return this.jdbc.sql("""
				update archive_scan set claimed_at = greatest(claimed_at, :now)
				where id = :id and claimed_by = :me and status = 'SCANNING'""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("me", worker)
			.update() > 0;
	}

	void addFindings(List<Found> found) {
		this.batch.batchUpdate("""
				insert into archive_finding (scan_id, position, posted_at, verdict, categories, text)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
				found.stream()
					.map(post -> new Object[] { post.scan(), post.position(),
							(post.postedAt() != null) ? Timestamp.from(post.postedAt()) : null, post.verdict().name(),
							CheckedPost.join(post.categories()), post.text() })
					.toList());
	}

	/**
	 * Ends the worker's scan, done or failed, dropping its posts.
	 */
	void end(UUID id, String worker, ArchiveScan.Status status, Instant at) {
		int ended = this.jdbc.sql("""
				update archive_scan set status = :status, finished_at = :at
				where id = :id and claimed_by = :me""")
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("me", worker)
			.update();
		if (ended > 0) {
			this.jdbc.sql("delete from archive_post where scan_id = :id").param("id", id).update();
		}
	}

	private static ArchiveScan scan(ResultSet row, int n) throws SQLException {
		return new ArchiveScan(row.getObject("id", UUID.class), ArchiveFormat.valueOf(row.getString("format")),
				ArchiveScan.Status.valueOf(row.getString("status")), row.getTimestamp("uploaded_at").toInstant(),
				row.getInt("total"), row.getInt("scanned"), row.getInt("found"), row.getInt("truncated"));
	}

}
