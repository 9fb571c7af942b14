package org.membercomms.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.membercomms.members.MemberAccounts;
import org.membercomms.members.Members;
import org.membercomms.system.CouncilTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

/**
 * What the training tests share, so they share one application context: the demo account
 * "member" is Cllr Rowan Fenwick (until accounts are linked to Members), and a clock the
 * tests can set and move.
 */
@TestConfiguration
class TrainingTestConfiguration {

	@Bean
	MemberAccounts demoMemberAccount(@Lazy Members members) {
		return username -> "member".equals(username) ? members.findByCouncilEmail("rowan.fenwick@example.org")
				: Optional.empty();
	}

	/**
	 * @param requirements the front door to requirements
	 * @return the demo's annual course for every Member
	 */
	static RequirementId annualCourse(Requirements requirements) {
		return requirements.all()
			.stream()
			.filter(requirement -> requirement.course().equals(DemoTraining.COURSE))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(CouncilTime.ZONE);
	}

	/**
	 * The real time until a test sets it; then that time until moved or reset.
	 */
	static final class MovableClock extends Clock {

		private final ZoneId zone;

		private volatile Instant fixed;

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
			Instant now = this.fixed;
			return (now != null) ? now : Instant.now();
		}

		void setTo(LocalDate day, LocalTime time) {
			this.fixed = day.atTime(time).atZone(this.zone).toInstant();
		}

		void moveTo(LocalDate day) {
			setTo(day, LocalTime.NOON);
		}

		void reset() {
			this.fixed = null;
		}

	}

}
