package org.membercomms.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.membercomms.members.Committee;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo profile's training: the annual social media course for every Member, a course
 * for Planning and Licensing, and a session next week run by the demo Democratic Services
 * officer.
 */
@Component
@Profile("demo")
@Order(40)
class DemoTraining implements ApplicationRunner {

	static final String COURSE = "Social media and the Code of Conduct";

	static final String QUASI_JUDICIAL_COURSE = "Social media and predetermination";

	private final Requirements requirements;

	private final Sessions sessions;

	private final java.time.Clock clock;

	DemoTraining(Requirements requirements, Sessions sessions, java.time.Clock clock) {
		this.requirements = requirements;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.requirements.all().isEmpty()) {
			return;
		}
		var demo = new UsernamePasswordAuthenticationToken("demo-data", null, AuthorityUtils.NO_AUTHORITIES);
		SecurityContextHolder.getContext().setAuthentication(demo);
		try {
			RequirementId course = this.requirements.define(COURSE, true, Set.of(), 12, 60, 2, true);
			this.requirements.define(QUASI_JUDICIAL_COURSE, false, EnumSet.of(Committee.PLANNING, Committee.LICENSING),
					12, 60, 2, false);
			LocalDate day = LocalDate.now(this.clock).plusDays(7);
			this.sessions.schedule(
					new SessionDetails(course, day.atTime(LocalTime.of(18, 0)).atZone(this.clock.getZone()).toInstant(),
							day.atTime(LocalTime.of(19, 30)).atZone(this.clock.getZone()).toInstant(),
							"Committee Room 2, Town Hall", "https://meet.example.org/social-media-training", 12,
							"democratic", null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
