package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.MemberCommsTest;
import org.membercomms.OneTimeCodes;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The second factor: asked for after the password, required of administrators and
 * Monitoring Officers, set up before anything else.
 */
@MemberCommsTest
class SecondFactorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	AuditQueries audit;

	@Autowired
	SecondFactors secondFactors;

	@Test
	void asksForTheCodeAfterThePasswordAndLetsNothingElseThrough() throws Exception {
		MockHttpSession session = SignIns.withPassword(this.mvc, "admin", "demo-admin-password");
		for (String path : new String[] { "/home", "/accounts", "/audit", "/two-factor" }) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/sign-in/code"));
		}
		this.mvc.perform(get("/sign-in/code").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your security code")));
		this.mvc.perform(post("/sign-in/code").session(session).param("code", "000000").with(csrf()))
			.andExpect(redirectedUrl("/sign-in/code?error=wrong"));
		this.mvc.perform(
				post("/sign-in/code").session(session).param("code", OneTimeCodes.forDemo("admin").get()).with(csrf()))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withRoles("ADMIN"));
		this.mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());
	}

	@Test
	void neverAcceptsTheSameCodeTwice() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "replay", Role.MEMBER);
		String key = this.secondFactors.newKey();
		this.secondFactors.setUp(person.id(), key);
		String code = OneTimeCodes.now(key);

		MockHttpSession first = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(post("/sign-in/code").session(first).param("code", code).with(csrf()))
			.andExpect(redirectedUrl("/home"));

		MockHttpSession second = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(post("/sign-in/code").session(second).param("code", code).with(csrf()))
			.andExpect(redirectedUrl("/sign-in/code?error=used"));
		this.mvc.perform(get("/sign-in/code").param("error", "used").session(second))
			.andExpect(content().string(containsString("That code has already been used")));
		this.mvc.perform(get("/home").session(second)).andExpect(redirectedUrl("/sign-in/code"));

		this.mvc.perform(post("/sign-in/code").session(second).param("code", OneTimeCodes.now(key)).with(csrf()))
			.andExpect(redirectedUrl("/home"));
		this.mvc
			.perform(post("/sign-in/code").session(SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD))
				.param("code", code)
				.with(csrf()))
			.andExpect(redirectedUrl("/sign-in/code?error=used"));
	}

	@Test
	void countsWrongCodesTowardsTheLock() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "coded", Role.MEMBER);
		this.secondFactors.setUp(person.id(), DemoAccounts.ADMIN_KEY);
		MockHttpSession session = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		for (int attempt = 1; attempt < 5; attempt++) {
			this.mvc.perform(post("/sign-in/code").session(session).param("code", "123456").with(csrf()))
				.andExpect(redirectedUrl("/sign-in/code?error=wrong"));
		}
		this.mvc.perform(post("/sign-in/code").session(session).param("code", "123456").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=locked"));
		this.mvc.perform(
				post("/sign-in").param("username", person.username()).param("password", SignIns.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=locked"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "MONITORING_OFFICER" })
	void makesAnAdministratorOrMonitoringOfficerSetItUpBeforeAnythingElse(Role role) throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "needs-code", role);
		MockHttpSession session = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		for (String path : new String[] { "/home", "/accounts", "/audit", "/anything" }) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/two-factor"));
		}
		String page = this.mvc.perform(get("/two-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your role needs two-factor authentication")))
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = keyShownOn(page);
		this.mvc.perform(post("/two-factor").session(session).param("code", "000000").with(csrf()))
			.andExpect(redirectedUrl("/two-factor?error=wrong"));
		this.mvc.perform(post("/two-factor").session(session).param("code", OneTimeCodes.now(key)).with(csrf()))
			.andExpect(redirectedUrl("/home"));
		this.mvc.perform(get("/home").session(session)).andExpect(status().isOk());

		assertThat(this.repository.secondFactorSecret(person.id())).contains(key);
		assertThat(this.audit.search(new AuditSearch(null, "account", person.id().toString(), null, null, 1)))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo("second factor set up");
				assertThat(entry.changes()).singleElement().satisfies(change -> {
					assertThat(change.secret()).isTrue();
					assertThat(change.before()).isNull();
					assertThat(change.after()).isNull();
				});
			})
			.noneSatisfy(entry -> assertThat(entry.changes().toString()).contains(key));

		MockHttpSession next = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/home").session(next)).andExpect(redirectedUrl("/sign-in/code"));
	}

	@Test
	void letsAnyoneElseSignInWithoutACode() throws Exception {
		MockHttpSession session = SignIns.withPassword(this.mvc, "member", "demo-member-password");
		this.mvc.perform(get("/home").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set up two-factor authentication")));
	}

	/**
	 * @return the key the set-up page offers, as an authenticator app takes it: without
	 * the spaces that group it
	 */
	private static String keyShownOn(String page) {
		Matcher key = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page);
		if (!key.find()) {
			throw new IllegalStateException("No key on the page");
		}
		return key.group(1).replace(" ", "");
	}

}
