package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.OneTimeCodes;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's journey through the account pages, and a person setting their
 * password from an emailed link, in a real browser with axe-core on every page.
 */
@MemberCommsTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordLinks links;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Accounts accounts;

	@Test
	@Order(1)
	void anAdministratorEntersTheirCodeThenOpensAndManagesAnAccount() {
		browser.signInWithPasswordOnly("admin", "demo-admin-password");
		assertThat(browser.path()).isEqualTo("/sign-in/code");
		assertThat(browser.heading()).isEqualTo("Enter your security code");
		browser.assertAccessible();
		browser.enterCode("000000").assertAccessible();
		assertThat(driver().findElement(By.id("code-error")).getText()).contains("The code is not right");
		browser.enterCode(OneTimeCodes.forDemo("admin").orElseThrow());
		assertThat(browser.path()).isEqualTo("/home");

		driver().findElement(By.linkText("Accounts")).click();
		assertThat(browser.heading()).isEqualTo("Accounts");
		browser.assertAccessible();
		driver().findElement(By.linkText("Open an account")).click();
		assertThat(browser.heading()).isEqualTo("Open an account");
		browser.assertAccessible();
		browser.submit(driver().findElement(By.cssSelector("form[action='/accounts'] button")));
		assertThat(driver().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a username",
				"Select at least one role");
		browser.assertAccessible();

		driver().findElement(By.id("username")).sendKeys("pcalder2");
		driver().findElement(By.id("displayName")).sendKeys("Pat Calder");
		driver().findElement(By.id("email")).sendKeys("pat.calder@example.org");
		driver().findElement(By.cssSelector("label[for='roles-MEMBER']")).click();
		browser.submit(driver().findElement(By.cssSelector("form[action='/accounts'] button")));
		assertThat(browser.heading()).isEqualTo("Pat Calder");
		assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("pat.calder@example.org");
		browser.assertAccessible();

		driver().findElement(By.cssSelector("label[for='roles-DEMOCRATIC_SERVICES']")).click();
		browser.submit(driver().findElement(By.xpath("//button[text()='Save roles']")));
		assertThat(driver().findElement(By.cssSelector(".govuk-summary-list")).getText())
			.contains("Democratic Services officer, Councillor");
		browser.submit(driver().findElement(By.xpath("//button[text()='Switch off this account']")));
		assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Account switched off");
		browser.assertAccessible();
		browser.submit(driver().findElement(By.xpath("//button[text()='Switch on this account']")));

		browser.visit("/two-factor");
		assertThat(browser.heading()).isEqualTo("Set up two-factor authentication");
		assertThat(driver().findElement(By.id("secret")).getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		browser.assertAccessible();
		browser.signOut();
	}

	@Test
	@Order(2)
	void aPersonSetsTheirPasswordFromTheLinkOnce() {
		Account person = this.repository.findByUsername("pcalder2").orElseThrow();
		String link = this.transactions.execute(status -> this.links.issue(person.id(), java.time.Instant.now()));
		String path = link.substring(link.indexOf("/set-password/"));

		browser.visit(path);
		assertThat(browser.heading()).isEqualTo("Set your password");
		browser.assertAccessible();
		driver().findElement(By.id("password")).sendKeys("a long and unusual password");
		driver().findElement(By.id("confirmation")).sendKeys("something else entirely");
		browser.submit(driver().findElement(By.cssSelector("main form button")));
		assertThat(driver().findElement(By.id("confirmation-error")).getText()).contains("do not match");
		browser.assertAccessible();
		driver().findElement(By.id("password")).sendKeys("a long and unusual password");
		driver().findElement(By.id("confirmation")).sendKeys("a long and unusual password");
		browser.submit(driver().findElement(By.cssSelector("main form button")));
		assertThat(browser.path()).isEqualTo("/sign-in?password-set");
		browser.assertAccessible();

		browser.signIn("pcalder2", "a long and unusual password");
		assertThat(browser.heading()).isEqualTo("Democratic Services home");
		browser.signOut();

		browser.visit(path);
		assertThat(browser.heading()).isEqualTo("This link does not work");
		browser.assertAccessible();
	}

	@Test
	@Order(3)
	void aPersonWhoForgotTheirPasswordAsksForALink() {
		browser.visit("/sign-in");
		driver().findElement(By.linkText("I have forgotten my password")).click();
		assertThat(browser.heading()).isEqualTo("Reset your password");
		browser.assertAccessible();
		browser.submit(driver().findElement(By.cssSelector("main form button")));
		assertThat(driver().findElement(By.id("email-error")).getText()).contains("Enter an email address");
		browser.assertAccessible();
		driver().findElement(By.id("email")).sendKeys("pat.calder@example.org");
		browser.submit(driver().findElement(By.cssSelector("main form button")));
		assertThat(browser.heading()).isEqualTo("Check your email");
		browser.assertAccessible();
	}

	@Test
	@Order(4)
	void aNewAdministratorSetsUpTwoFactorAuthenticationBeforeAnythingElse() {
		this.accounts.openIfAbsent("new-admin", "Noor Admin", "noor.admin@example.org", "a new admin password",
				Set.of(Role.ADMIN));
		browser.signIn("new-admin", "a new admin password");
		assertThat(browser.path()).isEqualTo("/two-factor");
		browser.visit("/accounts");
		assertThat(browser.path()).isEqualTo("/two-factor");
		assertThat(driver().findElement(By.cssSelector(".govuk-inset-text")).getText())
			.contains("Your role needs two-factor authentication");
		browser.assertAccessible();
		String key = driver().findElement(By.id("secret")).getText().replace(" ", "");
		driver().findElement(By.id("code")).sendKeys(OneTimeCodes.now(key));
		browser.submit(driver().findElement(By.cssSelector("form[action='/two-factor'] button")));
		assertThat(browser.path()).isEqualTo("/home");
		assertThat(driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Two-factor authentication is on");
		browser.assertAccessible();
		browser.visit("/accounts");
		assertThat(browser.heading()).isEqualTo("Accounts");
		browser.signOut();
	}

	private static WebDriver driver() {
		return browser.driver();
	}

}
