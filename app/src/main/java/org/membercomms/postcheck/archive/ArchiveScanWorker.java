package org.membercomms.postcheck.archive;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;
import org.membercomms.members.MemberId;
import org.membercomms.postcheck.DraftChecker;
import org.membercomms.postcheck.PostChecks;
import org.membercomms.postcheck.RateLimit;
import org.membercomms.system.CouncilTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs archive scans in the background, on threads of their own (ADR 22). A worker claims
 * one waiting scan with {@code FOR UPDATE SKIP LOCKED}, so that several instances never
 * take the same one, and records its progress every {@value #CHUNK} posts together with
 * what it found. While it runs, its claim is renewed ({@link ArchiveScanLeases}); a scan
 * whose worker stopped (a restart, a crash) is taken up again where it left off once its
 * claim is older than the lease.
 */
@Component
class ArchiveScanWorker {

	private static final Logger log = LoggerFactory.getLogger(ArchiveScanWorker.class);

	static final int CHUNK = 500;

	private static final ZoneId UK = CouncilTime.ZONE;

	private final ArchiveScanRepository repository;

	private final TransactionTemplate transactions;

	private final DraftChecker checker;

	private final PostChecks checks;

	private final ArchiveScans scans;

	private final RateLimit rateLimit;

	private final Clock clock;

	private final ArchiveScanLeases leases;

	private final ThreadPoolTaskExecutor scanThreads;

	private final String me = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	ArchiveScanWorker(ArchiveScanRepository repository, TransactionTemplate transactions, DraftChecker checker,
			PostChecks checks, ArchiveScans scans, RateLimit rateLimit, Clock clock, ArchiveScanLeases leases,
			@Qualifier(ArchiveScanThreads.SCANS) ThreadPoolTaskExecutor scanThreads) {
		this.repository = repository;
		this.transactions = transactions;
		this.checker = checker;
		this.checks = checks;
		this.scans = scans;
		this.rateLimit = rateLimit;
		this.clock = clock;
		this.leases = leases;
		this.scanThreads = scanThreads;
	}

	/**
	 * Hands work to every idle scan thread, which then runs one scan after another until
	 * none waits. Only the hand-over runs on the general scheduler. Not locked across
	 * instances: each claims its own scans, so several share the work.
	 */
	@Scheduled(fixedDelayString = "${membercomms.postcheck.scan-every:2s}")
	void scanWaiting() {
		for (int thread = 0; thread < this.scanThreads.getMaxPoolSize(); thread++) {
			try {
				this.scanThreads.execute(this::scanUntilNoneWaits);
			}
			catch (TaskRejectedException ex) {
				return; // every scan thread is busy
			}
		}
	}

	private void scanUntilNoneWaits() {
		try {
			while (scanNext()) {
				// one scan after another until none waits
			}
		}
		catch (RuntimeException ex) {
			// the database is out of reach, say: the next look tries again
			log.warn("Could not look for archive scans: {}", ex.getClass().getName());
		}
	}

	/**
	 * Deletes old scans and ended rate-limit windows, on one instance.
	 */
	@Scheduled(cron = "0 17 * * * *", zone = CouncilTime.ZONE_ID)
	@SchedulerLock(name = "archive-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
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
		Optional<ArchiveScanRepository.Claim> claim = this.transactions.execute(status -> claim());
		if (claim == null || claim.isEmpty()) {
			return false;
		}
		try (ArchiveScanLeases.Lease lease = this.leases.keep(claim.get().id(), this.me)) {
			run(claim.get());
		}
		catch (RuntimeException ex) {
			// the class only: a message could quote a post
			log.error("Archive scan {} failed: {}", claim.get().id(), ex.getClass().getName());
			this.repository.end(claim.get().id(), this.me, ArchiveScan.Status.FAILED, this.clock.instant());
		}
		return true;
	}

	Optional<ArchiveScanRepository.Claim> claim() {
		Instant now = this.clock.instant();
		return this.repository.claim(this.me, now, now.minus(this.leases.lease()));
	}

	private void run(ArchiveScanRepository.Claim claim) {
		Context base = this.checks.contextFor(Optional.ofNullable(claim.member()).map(MemberId::new), Channel.PERSONAL,
				null);
		int done = Math.min(claim.scanned(), claim.total());
		while (done < claim.total()) {
			int end = Math.min(done + CHUNK, claim.total());
			List<ArchivedPost> posts = this.repository.posts(claim.id(), done, end);
			List<ArchiveScanRepository.Found> found = new ArrayList<>();
			for (int position = done; position < end; position++) {
				ArchivedPost post = posts.get(position - done);
				LocalDate day = (post.postedAt() != null) ? post.postedAt().atZone(UK).toLocalDate() : null;
				Report report = this.checker.check(new org.membercomms.checker.Post(post.text(), List.of(), List.of()),
						base.on(Channel.PERSONAL, day));
				if (report.verdict() != Verdict.CLEAR) {
					found.add(new ArchiveScanRepository.Found(claim.id(), position, post.postedAt(), report.verdict(),
							report.categories(), post.text()));
				}
			}
			int scanned = end;
			Boolean stillMine = this.transactions.execute(status -> saveProgress(claim.id(), found, scanned));
			if (!Boolean.TRUE.equals(stillMine)) {
				return; // another worker took the scan over
			}
			done = end;
		}
		this.repository.end(claim.id(), this.me, ArchiveScan.Status.DONE, this.clock.instant());
	}

	private boolean saveProgress(UUID id, List<ArchiveScanRepository.Found> found, int scanned) {
		if (!this.repository.recordProgress(id, this.me, scanned, this.clock.instant())) {
			return false;
		}
		if (!found.isEmpty()) {
			this.repository.addFindings(found);
		}
		return true;
	}

}
