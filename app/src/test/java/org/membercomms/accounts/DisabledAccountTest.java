package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A disabled account cannot sign in, and its open sessions end; role changes reach open
 * sessions too.
 */
@MemberCommsTest
class DisabledAccountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordLinks links;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void endsTheOpenSessionAndRefusesTheNextSignIn() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "leaver", Role.MEMBER);
		MockHttpSession session = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/home").session(session)).andExpect(status().isOk());

		this.accounts.disable(person.id());

		this.mvc.perform(get("/home").session(session))
			.andExpect(redirectedUrl("/sign-in?error=disabled"))
			.andExpect(unauthenticated());
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(
				post("/sign-in").param("username", person.username()).param("password", SignIns.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error=disabled"))
			.andExpect(unauthenticated());

		this.accounts.enable(person.id());
		MockHttpSession again = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/home").session(again)).andExpect(status().isOk());
	}

	@Test
	void endsSessionsBegunBeforeTheAccountWasSwitchedOffAndOnOrItsPasswordSet() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "reset", Role.MEMBER);
		MockHttpSession before = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.accounts.disable(person.id());
		this.accounts.enable(person.id());
		this.mvc.perform(get("/home").session(before)).andExpect(redirectedUrl("/sign-in?error=session-ended"));

		MockHttpSession stolen = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/home").session(stolen)).andExpect(status().isOk());
		String link = this.transactions.execute(status -> this.links.issue(person.id(), Instant.now()));
		assertThat(this.links.setPassword(link.substring(link.lastIndexOf('/') + 1), "a fresh password")).isTrue();
		this.mvc.perform(get("/home").session(stolen)).andExpect(redirectedUrl("/sign-in?error=session-ended"));
		MockHttpSession after = SignIns.withPassword(this.mvc, person.username(), "a fresh password");
		this.mvc.perform(get("/home").session(after)).andExpect(status().isOk());
	}

	@Test
	void appliesChangedRolesFromTheNextRequest() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "promoted", Role.MEMBER);
		MockHttpSession session = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());

		this.accounts.changeRoles(person.id(), Set.of(Role.MEMBER, Role.DEMOCRATIC_SERVICES));
		this.mvc.perform(get("/home").session(session))
			.andExpect(status().isOk())
			.andExpect(authenticated().withRoles("MEMBER", "DEMOCRATIC_SERVICES"));
	}

}
