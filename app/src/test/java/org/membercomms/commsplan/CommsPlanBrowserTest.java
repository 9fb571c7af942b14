package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A communications officer plans an item under a Strategic Plan priority and sends it for
 * approval; they cannot approve it themselves, another officer does. Every page passes
 * axe-core.
 */
@MemberCommsTest
class CommsPlanBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(TestMail.smtp());

	@Test
	void plansAnItemAndHasItApprovedByAnotherOfficer() {
		WebDriver page = browser.signIn("comms", "demo-comms-password").visit("/comms-plan").driver();
		browser.assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Strategic Plan 2020-23",
				"Crime and anti-social behaviour", "Making the town look and feel amazing",
				"Positive perceptions of the town", "Starting data");

		browser.visit("/comms-plan/items").assertAccessible();
		browser.visit("/comms-plan/items/new").assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Save the item']")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a title",
				"Choose at least one priority of the Strategic Plan");
		browser.assertAccessible();

		page.findElement(By.xpath("//label[text()='Campaign']")).click();
		page.findElement(By.id("title")).sendKeys("Love your town centre");
		page.findElement(By.id("summary")).sendKeys("A month of events in the market square");
		page.findElement(By.id("copy")).sendKeys("Join us in the market square every Saturday in May.");
		page.findElement(By.xpath("//label[text()='Place: The town centre']")).click();
		page.findElement(By.xpath("//label[text()='Council social media accounts']")).click();
		page.findElement(By.id("owner")).sendKeys("Jordan Ashby");
		page.findElement(By.id("directorate")).sendKeys("Place");
		((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]",
				page.findElement(By.id("publishDate")), LocalDate.now().plusDays(30).toString());
		browser.submit(page.findElement(By.xpath("//button[text()='Save the item']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("added to the plan");
		browser.assertAccessible();
		String item = browser.path();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Place: The town centre", "Planned");

		browser.submit(page.findElement(By.xpath("//button[text()='Send the copy for approval']")));
		assertThat(page.findElement(By.tagName("main")).getText()).contains("In approval",
				"What the post checker found");
		browser.submit(page.findElement(By.id("approve")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("You cannot approve an item you sent for approval");
		browser.assertAccessible();
		browser.signOut();

		browser.signIn("comms2", "demo-comms2-password").visit(item);
		browser.submit(page.findElement(By.id("approve")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("has been approved");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Approved by", "comms2");
		browser.assertAccessible();
		browser.visit("/comms-plan/items");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Love your town centre", "Approved");
		seesItInTheCalendar(page, LocalDate.now().plusDays(30));
		browser.signOut();
	}

	private void seesItInTheCalendar(WebDriver page, LocalDate day) {
		browser.visit("/comms-plan/calendar?month=" + YearMonth.from(day)).assertAccessible();
		assertThat(page.findElement(By.tagName("table")).getText()).contains("Love your town centre");
	}

}
