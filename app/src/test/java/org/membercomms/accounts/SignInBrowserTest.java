package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo role signs in through the real form, lands on its own accessible home page
 * and signs out again.
 */
@MemberCommsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
	}

	@AfterAll
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.close();
		}
	}

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
		this.browser.signIn(username, "demo-" + username + "-password");
		assertThat(this.browser.path()).isEqualTo("/home");
		assertThat(this.browser.heading()).isEqualTo(heading);
		this.browser.assertAccessible();
		this.browser.signOut();
		assertThat(this.browser.path()).isEqualTo("/sign-in?signed-out");
		this.browser.assertAccessible();
	}

	@Test
	void returnsToTheRequestedPageAfterSignIn() {
		this.browser.visit("/home");
		assertThat(this.browser.path()).isEqualTo("/sign-in");
		this.browser.signIn("comms", "demo-comms-password");
		assertThat(this.browser.path()).startsWith("/home");
		this.browser.signOut();
	}

}
