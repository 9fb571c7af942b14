package org.membercomms.commsplan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may see and change the communications plan: comms officers edit, Democratic
 * Services and the Monitoring Officer read, Members do neither.
 */
@MemberCommsTest
class CommsPlanAccessTest {

	@Autowired
	MockMvc mvc;

	@Test
	void letsDemocraticServicesReadButNotEdit() throws Exception {
		this.mvc.perform(get("/comms-plan/items").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/comms-plan/items/new\""))));
		this.mvc.perform(get("/comms-plan").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Start a new plan period"))));
		this.mvc.perform(get("/comms-plan/items/new").with(user("democratic").roles("DEMOCRATIC_SERVICES")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/comms-plan/periods").param("name", "Strategic Plan 2040-2043")
				.param("startsOn", "2040-04-01")
				.param("endsOn", "2043-03-31")
				.with(user("democratic").roles("DEMOCRATIC_SERVICES"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void keepsMembersOut() throws Exception {
		this.mvc.perform(get("/comms-plan").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/comms-plan/items").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheFormsErrorsInTheSummary() throws Exception {
		this.mvc
			.perform(post("/comms-plan/items").param("title", "Spring clean")
				.param("publishDate", "2099-02-30")
				.with(user("comms").roles("COMMS_OFFICER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("There is a problem"),
						org.hamcrest.Matchers.containsString("Choose at least one priority of the Strategic Plan"),
						org.hamcrest.Matchers.containsString("as a real date and time"))));
	}

}
