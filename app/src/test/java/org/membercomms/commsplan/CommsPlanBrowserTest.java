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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A communications officer plans an item under a Strategic Plan priority and sends it for
 * approval; they cannot approve it themselves, another officer does, and the item then
 * appears on the calendar and counts in the plan's coverage of its priority. Every page
 * passes axe-core.
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
		seesItInTheCoverage(page, LocalDate.now().plusDays(30));
		browser.signOut();
	}

	private static void seesItInTheCalendar(WebDriver page, LocalDate day) {
		browser.visit("/comms-plan/calendar?month=" + YearMonth.from(day)).assertAccessible();
		assertThat(page.findElement(By.tagName("table")).getText()).contains("Love your town centre");
	}

	/**
	 * The approved item counts under its priority in its financial quarter: in the
	 * coverage chart, in its table and in its CSV.
	 */
	private static void seesItInTheCoverage(WebDriver page, LocalDate publishOn) {
		String quarter = FinancialQuarter.of(publishOn).label();
		browser.visit("/comms-plan/coverage");
		new Select(page.findElement(By.id("period"))).selectByVisibleText("Strategic Plan 2021-2024");
		browser.submit(page.findElement(By.xpath("//button[text()='Show the coverage']")));
		browser.assertAccessible();
		String chart = (String) ((JavascriptExecutor) page).executeScript(
				"return Array.from(document.querySelectorAll('figure svg text')).map(t => t.textContent).join('|');");
		assertThat(chart).as("the chart's bar labels").containsPattern("\\|The town centre\\|[1-9][0-9]* planned\\|");
		WebElement place = page.findElement(By.xpath("//table[caption[text()='Place']]"));
		assertThat(place.findElement(By.tagName("thead")).getText()).contains(quarter);
		assertThat(place.findElement(By.xpath(".//tr[th[text()='The town centre']]")).getText())
			.doesNotContain("No communications planned")
			.containsPattern("[1-9][0-9]* planned");
		String csv = (String) ((JavascriptExecutor) page).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
				page.findElement(By.linkText("Download the figures (CSV)")).getAttribute("href"));
		assertThat(csv).startsWith("theme,priority,quarter,planned,published")
			.containsPattern("\"Place\",\"The town centre\",\"" + quarter + "\",[1-9][0-9]*,0");
	}

}
