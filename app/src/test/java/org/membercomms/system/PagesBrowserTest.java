package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;

/**
 * The public pages and the error pages in a real browser: accessible, council-branded,
 * and never asking for the GOV.UK typeface.
 */
@MemberCommsTest
class PagesBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/               | Members' communications
			/sign-in        | Sign in
			/accessibility  | Accessibility statement for MemberComms
			/privacy        | Privacy notice
			/cookies        | Cookies
			""")
	void servesAccessibleCouncilBrandedPublicPages(String path, String heading) {
		browser.visit(path).assertAccessible();
		assertThat(browser.heading()).isEqualTo(heading);
		assertThat(browser.driver().findElement(By.cssSelector(".govuk-header")).getText())
			.isEqualTo("Middlesbrough Council");
		assertThat(browser.driver().findElements(By.cssSelector(".govuk-header svg, .govuk-logo"))).isEmpty();
		assertThat(browser.resourcesLoaded())
			.noneMatch(url -> url.contains("/fonts/") || url.endsWith(".woff2") || url.endsWith(".woff"));
		assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("font-family")).startsWith("arial");
		assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("class"))
			.as("GOV.UK Frontend's JavaScript ran under the Content-Security-Policy")
			.contains("js-enabled", "govuk-frontend-supported");
	}

	@Test
	void linksEveryFooterToThePublicPages() {
		browser.visit("/");
		for (String link : new String[] { "Accessibility statement", "Privacy notice", "Cookies" }) {
			assertThat(browser.driver().findElement(By.linkText(link)).getAttribute("href")).isNotBlank();
		}
	}

	@Test
	void showsAnAccessiblePageNotFoundWithAReference() {
		browser.signIn("member", "demo-member-password").visit("/no-such-page").assertAccessible();
		assertThat(browser.heading()).isEqualTo("Page not found");
		assertThat(browser.driver().findElement(By.id("error-reference")).getText()).matches("[0-9A-F]{8}");
		browser.signOut();
	}

	@Test
	void showsAccessibleFormErrors() {
		browser.signIn("member", "").assertAccessible();
		assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter your password");
		assertThat(browser.driver().findElement(By.id("password-error")).getText()).contains("Enter your password");
		assertThat(browser.driver().getTitle()).startsWith("Error: Sign in");
	}

}
