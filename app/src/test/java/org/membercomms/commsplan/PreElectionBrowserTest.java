package org.membercomms.commsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.membercomms.commsplan.CommsPlanTestConfiguration.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.system.CouncilTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An item that names a party and goes out during a whole-council pre-election period
 * shows its flag on the item page and in the list; a communications officer's approval is
 * refused with the reason, the Monitoring Officer's accepted; the author marks another
 * item as public safety information. Every page passes axe-core.
 */
@MemberCommsTest
class PreElectionBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	PlanItems items;

	@Autowired
	Elections elections;

	@Autowired
	StrategicPlan plan;

	private UUID election;

	@BeforeEach
	void enterAnElection() {
		this.election = as("democratic", "DEMOCRATIC_SERVICES",
				() -> this.elections.enter(new ElectionDetails(LocalDate.of(2039, 5, 5), LocalDate.of(2039, 3, 28),
						ElectionKind.SCHEDULED, List.of())));
	}

	@AfterEach
	void deleteIt() {
		as("democratic", "DEMOCRATIC_SERVICES", () -> this.elections.delete(this.election));
	}

	@Test
	void onlyTheMonitoringOfficerApprovesAFlaggedItem() {
		PlanItemId id = item("Pre-election library opening", "The Labour group has opened the new library.");
		as("comms", "COMMS_OFFICER", () -> this.items.submit(id));
		String path = "/comms-plan/items/" + id;

		WebDriver page = browser.signIn("comms2", "demo-comms2-password").visit(path).driver();
		browser.assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Pre-election: Monitoring Officer",
				"pre-election period for the scheduled election on 5 May 2039",
				"its copy mentions Members, candidates or parties");
		browser.submit(page.findElement(By.id("approve")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("only the Monitoring Officer can approve it");
		browser.assertAccessible();
		browser.visit("/comms-plan/items").assertAccessible();
		assertThat(page.findElement(By.xpath("//tr[contains(., 'Pre-election library opening')]")).getText())
			.contains("Pre-election: Monitoring Officer");
		browser.signOut();

		browser.signIn("monitoring", "demo-monitoring-password").visit(path);
		browser.assertAccessible();
		assertThat(page.findElements(By.xpath("//button[text()='Mark it as controversial']"))).hasSize(1);
		browser.submit(page.findElement(By.id("approve")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("has been approved");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Approved by", "monitoring");
		browser.signOut();
	}

	@Test
	void theAuthorMarksAnItemAsPublicSafetyInformation() {
		PlanItemId id = item("Pre-election flood warning", "The Labour Club car park is closed: it is flooded.");
		WebDriver page = browser.signIn("comms", "demo-comms-password").visit("/comms-plan/items/" + id).driver();
		browser.assertAccessible();
		page.findElement(By.xpath("//label[@for='publicSafety']")).click();
		browser.submit(page.findElement(By.xpath("//button[text()='Save what the author says']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("What the author says has been saved");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Public safety or emergency information")
			.doesNotContain("Pre-election: Monitoring Officer");
		assertThat(page.findElement(By.id("publicSafety")).isSelected()).isTrue();
		browser.assertAccessible();
		browser.signOut();
	}

	private PlanItemId item(String title, String copy) {
		PriorityId priority = this.plan.allPriorities()
			.stream()
			.filter(it -> it.name().equals("The town centre"))
			.findFirst()
			.orElseThrow()
			.id();
		return as("comms", "COMMS_OFFICER", () -> this.items
			.create(new PlanItemDetails(PlanItemKind.ANNOUNCEMENT, title, "For residents", null, copy, Set.of(priority),
					Set.of(PlanChannel.COUNCIL_WEBSITE), "Residents", "Jordan Ashby", "Place",
					LocalDate.of(2039, 4, 14).atTime(LocalTime.of(9, 0)).atZone(CouncilTime.ZONE).toInstant(), null),
					true));
	}

}
