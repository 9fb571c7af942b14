package org.membercomms.postcheck.archive;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How archive scans run in the background, bound from {@code membercomms.postcheck.*}
 * beside the post checker's other settings (ADR 22).
 *
 * @param scanThreads how many scans one instance runs at once, each on a thread of its
 * own
 * @param scanLease how long a scan's claim lasts without being renewed: a running scan
 * renews it every third of this, so a scan is taken over by another instance only this
 * long after its worker stopped
 */
@ConfigurationProperties("membercomms.postcheck")
record ArchiveScanSettings(Integer scanThreads, Duration scanLease) {

	static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

	ArchiveScanSettings {
		scanThreads = (scanThreads == null || scanThreads < 1) ? 1 : scanThreads;
		scanLease = (scanLease == null) ? DEFAULT_LEASE : scanLease;
	}

}
