package org.membercomms.commsplan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Those who read the plan read its coverage, as a page and as CSV; Members do not.
 */
@MemberCommsTest
class CoverageAccessTest {

	@Autowired
	MockMvc mvc;

	@Test
	void letsReadersSeeTheCoverageAndItsCsv() throws Exception {
		this.mvc.perform(get("/comms-plan/coverage").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Coverage of the Strategic Plan"),
					Matchers.containsString("Q1 is April to June"))));
		this.mvc.perform(get("/comms-plan/coverage.csv").with(user("monitoring").roles("MONITORING_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("comms-plan-coverage.csv")))
			.andExpect(content().string(Matchers.startsWith("theme,priority,quarter,planned,published\r\n")));
	}

	@Test
	void keepsMembersOut() throws Exception {
		this.mvc.perform(get("/comms-plan/coverage").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/comms-plan/coverage.csv").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void findsNoSuchPeriod() throws Exception {
		this.mvc
			.perform(get("/comms-plan/coverage").param("period", UUID.randomUUID().toString())
				.with(user("comms").roles("COMMS_OFFICER")))
			.andExpect(status().isNotFound());
	}

}
