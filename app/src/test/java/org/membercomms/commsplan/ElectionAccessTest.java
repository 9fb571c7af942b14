package org.membercomms.commsplan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only Democratic Services change elections; the Monitoring Officer and the
 * communications team read them; Members do neither.
 */
@MemberCommsTest
class ElectionAccessTest {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "member", roles = "MEMBER")
	void refusesAMemberTheElections() throws Exception {
		this.mvc.perform(get("/elections")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "monitoring", roles = "MONITORING_OFFICER")
	void letsTheMonitoringOfficerReadButNotChange() throws Exception {
		this.mvc.perform(get("/elections"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 May 2027")))
			.andExpect(content().string(not(containsString("Add an election"))));
		this.mvc.perform(get("/elections/new")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/elections/new").with(csrf())
				.param("pollDate", "2038-05-06")
				.param("periodStart", "2038-03-29")
				.param("kind", "SCHEDULED")
				.param("area", "WHOLE_COUNCIL"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/elections/import")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "comms", roles = "COMMS_OFFICER")
	void refusesTheCommunicationsTeamADeletion() throws Exception {
		this.mvc.perform(post("/elections/00000000-0000-0000-0000-000000000000/deletion").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
	void answersNotFoundForAnElectionThatIsNotThere() throws Exception {
		this.mvc.perform(get("/elections/00000000-0000-0000-0000-000000000000/edit")).andExpect(status().isNotFound());
	}

}
