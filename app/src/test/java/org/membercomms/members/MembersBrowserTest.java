package org.membercomms.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Democratic Services keep the directory in a real browser; a Member reads it. Every page
 * passes axe-core.
 */
@MemberCommsTest
class MembersBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void democraticServicesCreateEditAndRetireAMember() {
		WebDriver page = browser.signIn("democratic", "demo-democratic-password").driver();
		browser.visit("/members").assertAccessible();
		browser.submit(page.findElement(By.linkText("Add a Member")));
		browser.assertAccessible();

		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter the Member's name");
		browser.assertAccessible();

		page.findElement(By.id("name")).sendKeys("Cllr Browser Example");
		page.findElement(By.id("councilEmail")).sendKeys("browser.example@example.org");
		page.findElement(By.id("ward")).sendKeys("Newport");
		page.findElement(By.id("groupLeader-no")).click();
		page.findElement(By.id("committees")).click(); // Planning
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.heading()).isEqualTo("Cllr Browser Example");
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("has been added");
		browser.assertAccessible();

		browser.submit(page.findElement(By.linkText("Change details")));
		browser.assertAccessible();
		page.findElement(By.id("ward")).clear();
		page.findElement(By.id("ward")).sendKeys("Longlands and Beechwood");
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-summary-list")).getText())
			.contains("Longlands and Beechwood");

		browser.submit(page.findElement(By.linkText("Add a social media account")));
		browser.assertAccessible();
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("platform"))).selectByVisibleText("Facebook");
		page.findElement(By.id("handle")).sendKeys("CllrBrowserExample");
		page.findElement(By.id("presentsAsCouncillor")).click();
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Select why the account presents them as a councillor");
		page.findElement(By.id("reasons")).click();
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.tagName("main")).getText()).contains("CllrBrowserExample");

		browser.submit(page.findElement(By.linkText("Retire this Member")));
		browser.assertAccessible();
		page.findElement(By.id("retiredOn")).sendKeys("05062026");
		page.findElement(By.id("reason")).sendKeys("Resigned");
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.cssSelector(".govuk-inset-text")).getText()).contains("Retired on");
		assertThat(page.findElements(By.linkText("Change details"))).isEmpty();
		browser.assertAccessible();
		browser.signOut();
	}

	@Test
	void democraticServicesImportACsvFileAfterCheckingIt() throws Exception {
		Path csv = Files.createTempFile("members", ".csv");
		Files.writeString(csv, """
				name,council_email,ward,committees
				Cllr Imported One,imported.one@example.org,Hemlington,Licensing
				Cllr Imported Two,imported.two@example.org,Kader,
				""");
		WebDriver page = browser.signIn("democratic", "demo-democratic-password").driver();
		browser.visit("/members/import").assertAccessible();
		page.findElement(By.id("file")).sendKeys(csv.toString());
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.heading()).isEqualTo("Import Members from a CSV file");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("2 new, 0 changed, 0 unchanged");
		browser.assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Confirm and import']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Import complete: 2 new Members");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Cllr Imported One", "Cllr Imported Two");
		browser.signOut();
		Files.delete(csv);
	}

	@Test
	void showsABadFilesProblemsAccessibly() throws Exception {
		Path csv = Files.createTempFile("members", ".csv");
		Files.writeString(csv, "name,council_email,ward\nCllr Bad,not-an-email,Central\n");
		WebDriver page = browser.signIn("democratic", "demo-democratic-password").driver();
		browser.visit("/members/import");
		page.findElement(By.id("file")).sendKeys(csv.toString());
		browser.submit(page.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(page.findElement(By.id("problems")).getText()).contains("2 council_email");
		browser.assertAccessible();
		browser.signOut();
		Files.delete(csv);
	}

	@Test
	void aMemberReadsTheDirectoryButCannotEditIt() {
		WebDriver page = browser.signIn("member", "demo-member-password").driver();
		browser.visit("/members").assertAccessible();
		assertThat(page.findElements(By.linkText("Add a Member"))).isEmpty();
		browser.submit(page.findElement(By.linkText("Cllr Rowan Fenwick")));
		assertThat(browser.heading()).isEqualTo("Cllr Rowan Fenwick");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("CllrRowanFenwick");
		browser.assertAccessible();
		browser.visit("/members/new");
		assertThat(browser.heading()).isEqualTo("You do not have permission to see this page");
		browser.assertAccessible();
		browser.signOut();
	}

}
