package org.membercomms.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: the council works in UK time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

	@Bean
	Clock clock() {
		return Clock.system(COUNCIL_TIME);
	}

}
