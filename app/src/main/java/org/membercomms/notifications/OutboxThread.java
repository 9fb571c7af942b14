package org.membercomms.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The outbox's own thread (ADR 22): emails such as a link to set a password go out on
 * time whatever else runs in the background, however long an archive scan or another job
 * takes.
 */
@Configuration(proxyBeanMethods = false)
class OutboxThread {

	/** The name {@code @Scheduled(scheduler = …)} finds the outbox's scheduler by. */
	static final String SCHEDULER = "outboxScheduler";

	@Bean(SCHEDULER)
	ThreadPoolTaskScheduler outboxScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("outbox-");
		return scheduler;
	}

}
