package org.membercomms.commsplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.membercomms.system.CouncilTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the communications plan's tests share, so they share one application context: a
 * clock they can move, and a way to act as a named officer.
 */
@TestConfiguration
class CommsPlanTestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(CouncilTime.ZONE);
	}

	/**
	 * Runs a step as the person, then signs them out again.
	 */
	static <T> T as(String username, String role, Supplier<T> step) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					AuthorityUtils.createAuthorityList(List.of("ROLE_" + role))));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void as(String username, String role, Runnable step) {
		as(username, role, () -> {
			step.run();
			return null;
		});
	}

	/**
	 * The real time until a test moves it on; then that much later than the real time.
	 */
	static final class MovableClock extends Clock {

		private final ZoneId zone;

		private volatile Duration ahead = Duration.ZERO;

		MovableClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.ahead);
		}

		void moveOn(Duration by) {
			this.ahead = this.ahead.plus(by);
		}

		void reset() {
			this.ahead = Duration.ZERO;
		}

	}

}
