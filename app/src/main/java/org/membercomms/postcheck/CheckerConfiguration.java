package org.membercomms.postcheck;

import org.membercomms.checker.PostChecker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one checker of the application (immutable and thread-safe, loaded once), and the
 * way the page, the API and archive scans run it ({@link DraftChecker}).
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
