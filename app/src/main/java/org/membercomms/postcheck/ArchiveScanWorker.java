package org.membercomms.postcheck;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;
import org.membercomms.members.MemberId;
import org.membercomms.system.CouncilTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs archive scans in the background. A worker claims one waiting scan with
 * {@code FOR UPDATE SKIP LOCKED}, so that several instances never take the same one, and
 * records its progress every {@value #CHUNK} posts together with what it found. A scan
 * whose worker stopped (a restart, a crash) is taken up again where it left off once its
 * claim is older than {@link #LEASE}.
 */
@Component
class ArchiveScanWorker {

	private static final Logger log = LoggerFactory.getLogger(ArchiveScanWorker.class);

	static final int CHUNK = 500;

	static final Duration LEASE = Duration.ofMinutes(2);

	private static final ZoneId UK = CouncilTime.ZONE;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transactions;

	private final PostChecker checker;

	private final PostChecks checks;

	private final ArchiveScans scans;

	private final RateLimit rateLimit;

	private final Clock clock;

	private final String me = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	ArchiveScanWorker(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, PostChecker checker,
			PostChecks checks, ArchiveScans scans, RateLimit rateLimit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
		this.checker = checker;
		this.checks = checks;
		this.scans = scans;
		this.rateLimit = rateLimit;
		this.clock = clock;
	}

	record Claim(UUID id, UUID member, byte[] content, int scanned) {
	}

	@Scheduled(fixedDelayString = "${membercomms.postcheck.scan-every:2s}")
	void scanWaiting() {
		while (scanNext()) {
			// one scan after another until none waits
		}
	}

	@Scheduled(cron = "0 17 * * * *", zone = CouncilTime.ZONE_ID)
	void purge() {
		int archives = this.scans.purgeExpired();
		int windows = this.rateLimit.forgetEndedWindows();
		if (archives > 0) {
			log.info("Deleted {} archive scans older than their keeping time, and {} rate-limit windows", archives,
					windows);
		}
	}

	/**
	 * Claims and runs one scan.
	 * @return whether there was one to run
	 */
	boolean scanNext() {
		Optional<Claim> claim = this.transactions.execute(status -> claim());
		if (claim == null || claim.isEmpty()) {
			return false;
		}
		try {
			run(claim.get());
		}
		catch (RuntimeException ex) {
			// the class only: a message could quote a post
			log.error("Archive scan {} failed: {}", claim.get().id(), ex.getClass().getName());
			this.jdbc.sql("""
					update archive_scan set status = 'FAILED', content = null, finished_at = :at
					where id = :id and claimed_by = :me""")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("id", claim.get().id())
				.param("me", this.me)
				.update();
		}
		return true;
	}

	Optional<Claim> claim() {
		return this.jdbc.sql("""
				update archive_scan set status = 'SCANNING', claimed_by = :me, claimed_at = :now
				where id = (
				  select id from archive_scan
				  where content is not null and (status = 'WAITING' or (status = 'SCANNING' and claimed_at < :stale))
				  order by uploaded_at limit 1
				  for update skip locked)
				returning id, member_id, content, scanned""")
			.param("me", this.me)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("stale", Timestamp.from(this.clock.instant().minus(LEASE)))
			.query((row, n) -> new Claim(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class),
					row.getBytes("content"), row.getInt("scanned")))
			.optional();
	}

	private void run(Claim claim) {
		List<ArchivedPost> posts = this.scans.reader().expand(claim.content());
		Context base = this.checks.contextFor(Optional.ofNullable(claim.member()).map(MemberId::new), Channel.PERSONAL,
				null);
		int done = Math.min(claim.scanned(), posts.size());
		while (done < posts.size()) {
			int end = Math.min(done + CHUNK, posts.size());
			List<Object[]> found = new ArrayList<>();
			for (int position = done; position < end; position++) {
				ArchivedPost post = posts.get(position);
				LocalDate day = (post.postedAt() != null) ? post.postedAt().atZone(UK).toLocalDate() : null;
				Report report = this.checker.check(new org.membercomms.checker.Post(post.text(), List.of(), List.of()),
						base.on(Channel.PERSONAL, day));
				if (report.verdict() != Verdict.CLEAR) {
					found.add(new Object[] { claim.id(), position,
							(post.postedAt() != null) ? Timestamp.from(post.postedAt()) : null, report.verdict().name(),
							CheckedPost.join(report.categories()), post.text() });
				}
			}
			int scanned = end;
			Boolean stillMine = this.transactions.execute(status -> saveProgress(claim.id(), found, scanned));
			if (!Boolean.TRUE.equals(stillMine)) {
				return; // another worker took the scan over
			}
			done = end;
		}
		this.jdbc.sql("""
				update archive_scan set status = 'DONE', content = null, finished_at = :at
				where id = :id and claimed_by = :me""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", claim.id())
			.param("me", this.me)
			.update();
	}

	private boolean saveProgress(UUID id, List<Object[]> found, int scanned) {
		int mine = this.jdbc.sql("""
				update archive_scan set scanned = :scanned, claimed_at = :now
				where id = :id and claimed_by = :me and status = 'SCANNING'""")
			.param("scanned", scanned)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("me", this.me)
			.update();
		if (mine == 0) {
			return false;
		}
		if (!found.isEmpty()) {
			this.batch.batchUpdate("""
					insert into archive_finding (scan_id, position, posted_at, verdict, categories, text)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""", found);
		}
		return true;
	}

}
