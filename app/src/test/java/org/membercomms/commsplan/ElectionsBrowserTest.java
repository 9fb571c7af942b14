package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Democratic Services enter, change, delete and import elections in a real browser; the
 * communications team reads them. Every page passes axe-core.
 */
@MemberCommsTest
class ElectionsBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void democraticServicesEnterChangeAndDeleteAByElection() {
		WebDriver page = browser.signIn("democratic", "demo-democratic-password").driver();
		browser.visit("/elections").assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("6 May 2027", "Whole council");
		browser.submit(page.findElement(By.linkText("Add an election")));
		browser.assertAccessible();

		setDate(page, "pollDate", "2036-09-10");
		setDate(page, "periodStart", "2036-09-20");
		page.findElement(By.id("kind-2")).click();
		page.findElement(By.id("area-2")).click();
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains(
				"The pre-election period must start on or before polling day", "Enter the wards the election covers");
		browser.assertAccessible();

		setDate(page, "periodStart", "2036-08-06");
		page.findElement(By.id("wards")).sendKeys("Acklam");
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("The election has been entered");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("10 September 2036", "By-election",
				"Acklam");

		browser.submit(page.findElement(By.xpath("//a[contains(., '10 September 2036')]")));
		browser.assertAccessible();
		page.findElement(By.id("wards")).clear();
		page.findElement(By.id("wards")).sendKeys("Linthorpe");
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Linthorpe").doesNotContain("Acklam");

		browser.submit(page.findElement(By.xpath("//a[contains(., '10 September 2036')]")));
		browser.submit(page.findElement(By.xpath("//button[text()='Delete this election']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("The election has been deleted");
		assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain("10 September 2036");
		browser.signOut();
	}

	@Test
	void democraticServicesImportAFileAndSeeABadOnesProblems() throws Exception {
		Path bad = Files.createTempFile("elections", ".csv");
		Files.writeString(bad,
				"poll_date,period_start,area,wards,kind\n2037-05-07,2037-06-01,whole council,,scheduled\n");
		Path good = Files.createTempFile("elections", ".csv");
		Files.writeString(good,
				"poll_date,period_start,area,wards,kind\n2037-05-07,2037-03-30,whole council,,scheduled\n");
		WebDriver page = browser.signIn("democratic", "demo-democratic-password").driver();
		browser.visit("/elections/import").assertAccessible();

		page.findElement(By.id("file")).sendKeys(bad.toString());
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.id("problems")).getText()).contains("2 period_start");
		browser.assertAccessible();

		page.findElement(By.id("file")).sendKeys(good.toString());
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Import complete: 1 election entered");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("7 May 2037");

		browser.submit(page.findElement(By.xpath("//a[contains(., '7 May 2037')]")));
		browser.submit(page.findElement(By.xpath("//button[text()='Delete this election']")));
		browser.signOut();
		Files.delete(bad);
		Files.delete(good);
	}

	@Test
	void theCommunicationsTeamReadsTheElectionsButCannotChangeThem() {
		WebDriver page = browser.signIn("comms", "demo-comms-password").driver();
		browser.visit("/elections").assertAccessible();
		assertThat(page.findElements(By.linkText("Add an election"))).isEmpty();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("6 May 2027");
		assertThat(page.findElements(By.xpath("//main//a[contains(., 'Change')]"))).isEmpty();
		browser.signOut();
	}

	/**
	 * Sets a date field as a browser does after the person picks a date: typed keys
	 * depend on the browser's locale.
	 */
	private static void setDate(WebDriver page, String id, String isoDate) {
		((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", page.findElement(By.id(id)),
				isoDate);
	}

}
