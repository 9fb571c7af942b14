package org.membercomms.postcheck;

import org.membercomms.checker.PostChecker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one checker of the application (immutable and thread-safe, loaded once), and the
 * way {@link PostChecks} runs it. The archive worker's and the purge's schedules run on
 * the one switch in {@code system}.
 */
@Configuration(proxyBeanMethods = false)
class CheckerConfiguration {

	@Bean
	PostChecker postChecker() {
		return PostChecker.create();
	}

	@Bean
	DraftChecker draftChecker(PostChecker checker) {
		return checker::check;
	}

}
