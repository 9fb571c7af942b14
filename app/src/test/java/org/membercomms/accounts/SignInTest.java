package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.MemberCommsTest;
import org.membercomms.OneTimeCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

@MemberCommsTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/home", "/members", "/anything/at/all" })
	void sendsAnonymousRequestsToSignIn(String path) throws Exception {
		for (MediaType accept : new MediaType[] { MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL }) {
			this.mvc.perform(get(path).accept(accept))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/sign-in"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/sign-in", "/accessibility", "/privacy", "/cookies", "/css/council.css",
			"/js/application.js", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css" })
	void letsAnyoneReadThePublicPages(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "member:Councillor's home", "comms:Marketing and Communications home",
			"democratic:Democratic Services home", "monitoring:Monitoring Officer's home",
			"independent:Independent Person's home", "admin:Administrator's home" })
	void showsEachRoleItsHomePage(String usernameAndTitle) throws Exception {
		String username = usernameAndTitle.substring(0, usernameAndTitle.indexOf(':'));
		String title = usernameAndTitle.substring(usernameAndTitle.indexOf(':') + 1);
		MockHttpSession session = signIn(username, "demo-" + username + "-password");
		String html = this.mvc.perform(get("/home").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(html)).contains("<h1 class=\"govuk-heading-xl\">" + title + "</h1>");
	}

	/**
	 * Signs a demo account in through the form, with the code of its fixed second-factor
	 * key where it has one.
	 */
	MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		Optional<String> code = OneTimeCodes.forDemo(username);
		this.mvc.perform(
				post("/sign-in").session(session).param("username", username).param("password", password).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(code.isPresent() ? "/sign-in/code" : "/home"));
		if (code.isPresent()) {
			this.mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/sign-in/code"));
			this.mvc.perform(post("/sign-in/code").session(session).param("code", code.get()).with(csrf()))
				.andExpect(redirectedUrl("/home"))
				.andExpect(authenticated().withUsername(username));
		}
		return session;
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhetherTheUsernameExists() throws Exception {
		this.mvc.perform(post("/sign-in").param("username", "member").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=details"))
			.andExpect(unauthenticated());
		this.mvc.perform(post("/sign-in").param("username", "nobody-at-all").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=details"));
	}

	@Test
	void saysWhichFieldIsMissing() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/sign-in").session(session).param("username", "").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=username"));
		this.mvc.perform(get("/sign-in").session(session).param("error", "username"))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("<a href=\"#username\">Enter your username</a>")))
			.andExpect(content().string(containsString("<title>Error: Sign in")));
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() throws Exception {
		this.mvc.perform(post("/sign-in").param("username", "member").param("password", "demo-member-password"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void locksAUsernameAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		this.accounts.openIfAbsent("throttled", "Alex Throttled", "throttled@example.org", "the-right-password",
				Set.of(Role.MEMBER));
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(post("/sign-in").param("username", "throttled").param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/sign-in?error=details"));
		}
		this.mvc.perform(
				post("/sign-in").param("username", "Throttled").param("password", "the-right-password").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=locked"))
			.andExpect(unauthenticated());
	}

	@Test
	void changesTheSessionIdOnSignIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc
			.perform(post("/sign-in").session(session)
				.param("username", "comms")
				.param("password", "demo-comms-password")
				.with(csrf()))
			.andExpect(authenticated())
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void signsOut() throws Exception {
		MockHttpSession session = signIn("admin", "demo-admin-password");
		this.mvc.perform(get("/home").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/sign-out").session(session).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?signed-out"));
		this.mvc.perform(get("/home").session(session)).andExpect(status().isFound());
	}

}
