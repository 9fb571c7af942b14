package org.membercomms.system;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The threads of the general scheduler, on which every {@code @Scheduled} job runs unless
 * it names a scheduler of its own (ADR 22): reminders, purges and other short jobs. Work
 * that may take long or must not wait has its own threads: the email outbox
 * ({@code notifications}) and archive scans ({@code postcheck.archive}). Sized by
 * {@code spring.task.scheduling.pool.size}.
 */
@Configuration(proxyBeanMethods = false)
class JobThreads {

	/**
	 * The general scheduler; {@code @Scheduled} finds it by this name, as there are
	 * several.
	 * @param builder Spring Boot's, configured by {@code spring.task.scheduling.*}
	 * @return the scheduler
	 */
	@Bean
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.build();
	}

}
