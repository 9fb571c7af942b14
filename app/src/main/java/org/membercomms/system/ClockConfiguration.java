package org.membercomms.system;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock of the application (the council works in UK time), the one switch that
 * runs every module's {@code @Scheduled} jobs, and the one switch that makes a job marked
 * {@code @SchedulerLock} run on one instance at a time (ADR 22; the locks are kept by
 * {@link JobLockRepository}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(CouncilTime.ZONE);
	}

}
