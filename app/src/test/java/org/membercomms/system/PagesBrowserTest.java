package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages and the error pages in a real browser: accessible, council-branded,
 * and never asking for the GOV.UK typeface.
 */
@MemberCommsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {

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
			/               | Members' communications
			/sign-in        | Sign in
			/accessibility  | Accessibility statement for MemberComms
			/privacy        | Privacy notice
			/cookies        | Cookies
			""")
	void servesAccessibleCouncilBrandedPublicPages(String path, String heading) {
		this.browser.visit(path).assertAccessible();
		assertThat(this.browser.heading()).isEqualTo(heading);
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-header")).getText())
			.isEqualTo("Middlesbrough Council");
		assertThat(this.browser.driver().findElements(By.cssSelector(".govuk-header svg, .govuk-logo"))).isEmpty();
		assertThat(this.browser.resourcesLoaded())
			.noneMatch(url -> url.contains("/fonts/") || url.endsWith(".woff2") || url.endsWith(".woff"));
		assertThat(this.browser.driver().findElement(By.tagName("body")).getCssValue("font-family"))
			.startsWith("arial");
		assertThat(this.browser.driver().findElement(By.tagName("body")).getAttribute("class"))
			.as("GOV.UK Frontend's JavaScript ran under the Content-Security-Policy")
			.contains("js-enabled", "govuk-frontend-supported");
	}

	@Test
	void linksEveryFooterToThePublicPages() {
		this.browser.visit("/");
		for (String link : new String[] { "Accessibility statement", "Privacy notice", "Cookies" }) {
			assertThat(this.browser.driver().findElement(By.linkText(link)).getAttribute("href")).isNotBlank();
		}
	}

	@Test
	void showsAnAccessiblePageNotFoundWithAReference() {
		this.browser.signIn("member", "demo-member-password").visit("/no-such-page").assertAccessible();
		assertThat(this.browser.heading()).isEqualTo("Page not found");
		assertThat(this.browser.driver().findElement(By.id("error-reference")).getText()).matches("[0-9A-F]{8}");
		this.browser.signOut();
	}

	@Test
	void showsAccessibleFormErrors() {
		this.browser.signIn("member", "").assertAccessible();
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter your password");
		assertThat(this.browser.driver().findElement(By.id("password-error")).getText())
			.contains("Enter your password");
		assertThat(this.browser.driver().getTitle()).startsWith("Error: Sign in");
	}

}
