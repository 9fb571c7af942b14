package org.membercomms.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@MemberCommsTest
@Import(MemberAccessTest.TrainingFacts.class)
class MemberAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Members members;

	MemberId member;

	@BeforeEach
	@WithMockUser(roles = "DEMOCRATIC_SERVICES")
	void enrolAMember() {
		this.member = this.members.findByCouncilEmail("access.test@example.org")
			.orElseGet(() -> this.members.enrol(new MemberDetails("Cllr Access Test", "access.test@example.org",
					"Central", null, false, Set.of(), List.of(), null, null)));
	}

	@Test
	@WithMockUser(username = "member", roles = "MEMBER")
	void letsAMemberReadTheDirectory() throws Exception {
		this.mvc.perform(get("/members"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cllr Access Test")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add a Member"))));
		this.mvc.perform(get("/members/" + this.member)).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(username = "member", roles = "MEMBER")
	void refusesAMemberEveryEditingPage() throws Exception {
		String id = this.member.toString();
		for (String page : List.of("/members/new", "/members/" + id + "/edit", "/members/" + id + "/retirement",
				"/members/" + id + "/social-accounts/new", "/members/import")) {
			this.mvc.perform(get(page)).andExpect(status().isForbidden());
		}
		for (String action : List.of("/members/new", "/members/" + id + "/edit", "/members/" + id + "/retirement",
				"/members/" + id + "/social-accounts/new", "/members/" + id + "/social-accounts/0/removal",
				"/members/import/confirmation")) {
			this.mvc.perform(post(action).with(csrf()).param("name", "Changed").param("token", "x"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(multipart("/members/import")
				.file(new MockMultipartFile("file", "m.csv", "text/csv", "name,council_email,ward\n".getBytes()))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "member", roles = "MEMBER")
	void showsFactsThatOtherModulesOwn() throws Exception {
		this.mvc.perform(get("/members/" + this.member))
			.andExpect(content().string(containsString("Social media training")))
			.andExpect(content().string(containsString("Completed 3 March 2026")));
	}

	@Test
	@WithMockUser(username = "democratic", roles = "DEMOCRATIC_SERVICES")
	void showsFormErrorsWithoutSavingAnything() throws Exception {
		String html = this.mvc
			.perform(post("/members/new").with(csrf()).param("name", "").param("councilEmail", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(html)).contains("<a href=\"#name\">Enter the Member's name</a>",
				"<a href=\"#councilEmail\">Enter an email address in the correct format");
		assertThat(this.members.directory(true)).noneMatch(member -> member.councilEmail().equals("nope"));
	}

	/**
	 * Stands in for a higher module (training) that contributes facts to a Member's page.
	 */
	@TestConfiguration
	static class TrainingFacts {

		@Bean
		MemberFacts standInTrainingFacts() {
			return member -> List
				.of(new MemberFacts.MemberFact("Social media training", "Completed 3 March 2026", null));
		}

	}

}
