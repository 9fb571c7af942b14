package org.membercomms.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock of the application (the council works in UK time), and the one switch
 * that runs every module's {@code @Scheduled} jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(CouncilTime.ZONE);
	}

}
