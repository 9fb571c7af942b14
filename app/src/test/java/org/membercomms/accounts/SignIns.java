package org.membercomms.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;

import org.membercomms.OneTimeCodes;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs people in through the real forms in MockMvc tests, and opens throw-away accounts.
 */
final class SignIns {

	static final String PASSWORD = "a-long-enough-test-password";

	private SignIns() {
	}

	/**
	 * @return the session after the username and password (and no code)
	 */
	static MockHttpSession withPassword(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(
				post("/sign-in").session(session).param("username", username).param("password", password).with(csrf()));
		return session;
	}

	/**
	 * @return the session after the username, password and the current code of the key
	 */
	static MockHttpSession withCode(MockMvc mvc, String username, String password, String key) throws Exception {
		MockHttpSession session = withPassword(mvc, username, password);
		mvc.perform(post("/sign-in/code").session(session).param("code", OneTimeCodes.now(key)).with(csrf()));
		return session;
	}

	/**
	 * Opens an account with a unique username and the test password.
	 * @return the account
	 */
	static Account open(Accounts accounts, AccountRepository repository, String prefix, Role... roles) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.openIfAbsent(username, "Test " + prefix, username + "@example.org", PASSWORD, Set.of(roles));
		return repository.findByUsername(username).orElseThrow();
	}

}
