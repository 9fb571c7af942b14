package org.membercomms.postcheck;

import org.membercomms.checker.PostChecker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one checker of the application (immutable and thread-safe, loaded once), and the
 * schedule the archive worker and the purge run on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckerConfiguration {

	@Bean
	PostChecker postChecker() {
		return PostChecker.create();
	}

}
