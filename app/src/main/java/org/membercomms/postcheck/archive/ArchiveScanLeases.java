package org.membercomms.postcheck.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the claims of running scans alive (ADR 22). While a worker runs a scan, a thread
 * of its own renews the claim every third of the lease, however long one post or one
 * chunk takes, so another instance never takes over a scan whose worker is alive. When
 * the worker stops (a crash, a restart) nobody renews the claim, and the scan is taken
 * over where it left off once the lease has lapsed.
 */
@Component
class ArchiveScanLeases {

	private static final Logger log = LoggerFactory.getLogger(ArchiveScanLeases.class);

	private final ArchiveScanRepository repository;

	private final TaskScheduler renewals;

	private final Duration lease;

	private final Clock clock;

	ArchiveScanLeases(ArchiveScanRepository repository, @Qualifier(ArchiveScanThreads.LEASES) TaskScheduler renewals,
			ArchiveScanSettings settings, Clock clock) {
		this.repository = repository;
		this.renewals = renewals;
		this.lease = settings.scanLease();
		this.clock = clock;
	}

	/**
	 * @return how long a claim lasts unless renewed
	 */
	Duration lease() {
		return this.lease;
	}

	/**
	 * Renews a worker's claim of a scan until the lease is closed.
	 * @param scan the scan's id
	 * @param worker the name the worker claimed it with
	 * @return the lease, to close when the worker is done with the scan
	 */
	Lease keep(UUID scan, String worker) {
		Lease kept = new Lease(scan, worker);
		Duration every = this.lease.dividedBy(3);
		kept.renewWith(
				this.renewals.scheduleAtFixedRate(kept::renew, this.renewals.getClock().instant().plus(every), every));
		return kept;
	}

	/**
	 * A worker's claim of a scan, renewed until closed or until the scan is no longer the
	 * worker's (ended, or taken over after a lapse).
	 */
	final class Lease implements AutoCloseable {

		private final UUID scan;

		private final String worker;

		private ScheduledFuture<?> renewing;

		private boolean closed;

		private Lease(UUID scan, String worker) {
			this.scan = scan;
			this.worker = worker;
		}

		private synchronized void renewWith(ScheduledFuture<?> renewals) {
			this.renewing = renewals;
			if (this.closed) {
				renewals.cancel(false);
			}
		}

		private void renew() {
			try {
				if (!ArchiveScanLeases.this.repository.renewClaim(this.scan, this.worker,
						ArchiveScanLeases.this.clock.instant())) {
					close();
				}
			}
			catch (RuntimeException ex) {
				// tried again at the next renewal; the class only, as everywhere in scans
				log.warn("Could not renew the claim of archive scan {}: {}", this.scan, ex.getClass().getName());
			}
		}

		@Override
		public synchronized void close() {
			this.closed = true;
			if (this.renewing != null) {
				this.renewing.cancel(false);
			}
		}

	}

}
