package org.membercomms.postcheck.archive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The threads archive scans run on, apart from the request path, the outbox and the other
 * scheduled jobs (ADR 22): {@code membercomms.postcheck.scan-threads} threads (one by
 * default) that each run one scan at a time and queue nothing, and one thread that keeps
 * the running scans' leases.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveScanThreads {

	/** The name the scan threads are injected by. */
	static final String SCANS = "archiveScanExecutor";

	/** The name the lease keeper's thread is injected by. */
	static final String LEASES = "archiveScanLeaseScheduler";

	@Bean(SCANS)
	ThreadPoolTaskExecutor archiveScanExecutor(ArchiveScanSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.scanThreads());
		executor.setMaxPoolSize(settings.scanThreads());
		// no queue: a scan starts on a free thread or waits in the database for the next
		// look
		executor.setQueueCapacity(0);
		executor.setThreadNamePrefix("archive-scan-");
		return executor;
	}

	@Bean(LEASES)
	ThreadPoolTaskScheduler archiveScanLeaseScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("archive-lease-");
		return scheduler;
	}

}
