package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.TestMail;
import org.membercomms.system.CouncilTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * An officer finds an item on the calendar's month and list views, narrows them with the
 * filters without any script, and creates a calendar feed whose address is shown once.
 * Every page passes axe-core.
 */
@MemberCommsTest
@Import(CommsPlanTestConfiguration.class)
class PlanCalendarBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(TestMail.smtp());

	@Autowired
	PlanItems items;

	@Autowired
	StrategicPlan plan;

	@Test
	void findsItemsOnTheCalendarAndCreatesAFeed() {
		PriorityId jobs = this.plan.allPriorities()
			.stream()
			.filter(priority -> priority.name().equals("Investment and jobs")
					&& priority.period().equals("Strategic Plan 2021-2024"))
			.findFirst()
			.orElseThrow()
			.id();
		as("comms", "COMMS_OFFICER",
				() -> this.items.create(new PlanItemDetails(PlanItemKind.EVENT, "Jobs fair at the Town Hall",
						"Employers meet residents", null, "Come along.", Set.of(jobs), Set.of(PlanChannel.NEWSLETTER),
						"Residents", "Jordan Ashby", "Economic Growth",
						LocalDate.of(2032, 5, 14).atTime(LocalTime.of(10, 0)).atZone(CouncilTime.ZONE).toInstant(),
						null), true));

		WebDriver page = browser.signIn("comms", "demo-comms-password")
			.visit("/comms-plan/calendar?month=2032-05")
			.driver();
		browser.assertAccessible();
		assertThat(page.findElement(By.tagName("caption")).getText()).isEqualTo("May 2032");
		page.findElement(By.linkText("Jobs fair at the Town Hall"));

		new Select(page.findElement(By.id("channel"))).selectByVisibleText("Press release");
		browser.submit(page.findElement(By.xpath("//button[text()='Apply filters']")));
		assertThat(browser.path()).contains("month=2032-05", "channel=PRESS_RELEASE");
		assertThat(page.findElement(By.tagName("main")).getText()).doesNotContain("Jobs fair at the Town Hall");

		browser.visit("/comms-plan/calendar/list?directorate=Economic+Growth").assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Friday 14 May 2032",
				"Jobs fair at the Town Hall");

		browser.visit("/comms-plan/calendar/feeds").assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Create a calendar feed']")));
		String address = page.findElement(By.id("feed-address")).getText();
		assertThat(address).matches("https?://.+/comms-plan/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
		browser.assertAccessible();
		browser.visit("/comms-plan/calendar/feeds");
		assertThat(page.findElements(By.id("feed-address"))).as("the address is shown once").isEmpty();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("You have a calendar feed");
		browser.submit(page.findElement(By.xpath("//button[text()='Turn off the feed']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Its address no longer works");
		browser.signOut();
	}

}
