package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;

/**
 * Each demo role signs in through the real form, lands on its own accessible home page
 * and signs out again.
 */
@MemberCommsTest
class SignInBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			member      | Councillor's home
			comms       | Marketing and Communications home
			democratic  | Democratic Services home
			monitoring  | Monitoring Officer's home
			independent | Independent Person's home
			admin       | Administrator's home
			""")
	void takesEachRoleToItsAccessibleHomePage(String username, String heading) {
		browser.signIn(username, "demo-" + username + "-password");
		assertThat(browser.path()).isEqualTo("/home");
		assertThat(browser.heading()).isEqualTo(heading);
		browser.assertAccessible();
		browser.signOut();
		assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
		browser.assertAccessible();
	}

	@Test
	void returnsToTheRequestedPageAfterSignIn() {
		browser.visit("/home");
		assertThat(browser.path()).isEqualTo("/sign-in");
		browser.signIn("comms", "demo-comms-password");
		assertThat(browser.path()).startsWith("/home");
		browser.signOut();
	}

}
