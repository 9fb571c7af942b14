package org.membercomms.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The training journeys in a real browser: a Member books a session and gets its
 * invitation, the facilitator marks the register and reads the report (charts, CSV, PDF);
 * another Member, reminded on their home page, passes the e-learning quiz and downloads
 * the certificate; a failed quiz explains each answer and offers a retry. Every page
 * passes axe-core.
 */
@MemberCommsTest
@Import(TrainingTestConfiguration.class)
class TrainingBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Requirements requirements;

	@Autowired
	TrainingRecords records;

	@Autowired
	Sessions sessions;

	@Autowired
	Members members;

	@Autowired
	TrainingTestConfiguration.MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aMemberBooksASessionAndTheFacilitatorMarksTheRegister() {
		LocalDate day = LocalDate.now(this.clock).plusDays(40);
		this.clock.setTo(day, LocalTime.of(9, 0));
		UUID session = this.sessions
			.schedule(new SessionDetails(TrainingTestConfiguration.annualCourse(this.requirements),
					day.atTime(18, 0).atZone(this.clock.getZone()).toInstant(),
					day.atTime(19, 30).atZone(this.clock.getZone()).toInstant(), "Committee Room 3, Town Hall", null, 8,
					"democratic", null));
		WebDriver page = browser.signIn("member", "demo-member-password").visit("/training").driver();
		browser.assertAccessible();
		browser.visit("/training/sessions").assertAccessible();
		browser.submit(
				page.findElement(By.cssSelector("form[action='/training/sessions/" + session + "/booking'] button")));
		assertThat(notice(page)).contains("You are booked");
		browser.assertAccessible();
		WebElement invitation = page
			.findElement(By.cssSelector("a[href='/training/sessions/" + session + "/invitation.ics']"));
		String ics = fetchText(page, invitation.getAttribute("href"));
		assertThat(ics).contains("BEGIN:VEVENT", "SUMMARY:" + DemoTraining.COURSE, "LOCATION:Committee Room 3");
		browser.signOut();

		this.clock.setTo(day, LocalTime.of(19, 45));
		browser.signIn("democratic", "demo-democratic-password").visit("/training/sessions/" + session + "/register");
		browser.assertAccessible();
		page.findElement(By.xpath("//label[normalize-space()='Cllr Rowan Fenwick']")).click();
		browser.submit(page.findElement(By.xpath("//button[text()='Save the register']")));
		assertThat(notice(page)).contains("The register is saved");
		assertThat(page.findElement(By.tagName("main")).getText())
			.contains("Cllr Rowan Fenwick (present, completion recorded)");
		browser.assertAccessible();
		browser.visit("/training").assertAccessible();
		browser.submit(page.findElement(By.linkText("Report for the committee")));
		assertThat(
				page.findElement(By.xpath("(//table[caption[contains(., 'Places booked')]]//tr[td[starts-with(text(), '"
						+ DemoTraining.COURSE + "')]])[last()]"))
					.getText())
			.endsWith("1 1");
		assertThat(page.findElements(By.cssSelector("main figure svg[role=img]"))).hasSize(3)
			.allSatisfy(chart -> assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent"))
				.contains("percentage of required training complete"));
		assertThat(fetchText(page, "/training/report.pdf")).startsWith("%PDF-");
		assertThat(fetchText(page, "/training/report.csv")).startsWith("section,label,complete,total,percent");
		browser.assertAccessible();
		browser.visit("/training/requirements").assertAccessible();
		browser.submit(page.findElement(By.cssSelector(
				"a[href='/training/requirements/" + TrainingTestConfiguration.annualCourse(this.requirements) + "']")));
		assertThat(browser.heading()).isEqualTo("Change a training requirement");
		browser.assertAccessible();
		browser.visit("/training/sessions/new");
		assertThat(page.findElement(By.cssSelector("select#facilitator")).getText()).contains("An external trainer",
				"Priya Calder (democratic)");
		browser.assertAccessible();
		browser.visit("/training");
		browser.submit(page.findElement(By.linkText("Cllr Rowan Fenwick")));
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Completion history", "Attended a session",
				"by democratic");
		browser.assertAccessible();
		browser.signOut();

		assertThat(this.records.of(rowan())).filteredOn(
				record -> record.requirement().id().equals(TrainingTestConfiguration.annualCourse(this.requirements)))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.status()).isEqualTo(TrainingStatus.COMPLETED);
				assertThat(record.latest().completedOn()).isEqualTo(day);
				assertThat(record.latest().method()).isEqualTo(CompletionMethod.SESSION);
				assertThat(record.latest().recordedBy()).isEqualTo("democratic");
			});
	}

	@Test
	void anotherMemberIsRemindedOnTheirHomePagePassesTheELearningAndDownloadsTheirCertificate() {
		WebDriver page = browser.signIn("member2", "demo-member2-password").visit("/home").driver();
		assertThat(homeReminder(page)).contains("Your mandatory training", DemoTraining.COURSE, "Not started: due by");
		browser.assertAccessible();
		browser.submit(page.findElement(By.linkText("Complete your training")));
		browser.visit("/training/e-learning").assertAccessible();
		assertThat(page.findElement(By.cssSelector("main a[href^='/protocol#']"))).isNotNull();
		while (!page.findElements(By.linkText("Continue")).isEmpty()) {
			browser.submit(page.findElement(By.linkText("Continue")));
		}
		browser.assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Start the quiz']")));
		browser.assertAccessible();
		answer(page, true);
		browser.submit(page.findElement(By.xpath("//button[text()='Submit your answers']")));
		assertThat(browser.heading()).contains("You passed the quiz");
		browser.assertAccessible();
		browser.submit(page.findElement(By.linkText("View your certificate")));
		assertThat(browser.heading()).isEqualTo("Certificate of completion");
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Cllr Desmond Oyelaran",
				DemoTraining.COURSE, "Passed the e-learning");
		browser.assertAccessible();
		String pdf = page.findElement(By.partialLinkText("Download the certificate")).getAttribute("href");
		assertThat(fetchText(page, pdf)).startsWith("%PDF-");
		browser.visit("/home");
		assertThat(page.findElements(By
			.xpath("//*[contains(@class, 'govuk-notification-banner')]" + "[contains(., 'Your mandatory training')]")))
			.as("nothing left to remind them of")
			.isEmpty();
		browser.signOut();
		assertThat(this.records.of(this.members.findByCouncilEmail("desmond.oyelaran@example.org").orElseThrow()))
			.extracting(TrainingRecord::status)
			.containsOnly(TrainingStatus.COMPLETED);
	}

	@Test
	void aFailedQuizExplainsEachAnswerAndOffersARetry() {
		WebDriver page = browser.signIn("member", "demo-member-password")
			.visit("/training/e-learning/" + ELearningPage.PAGES.size())
			.driver();
		browser.submit(page.findElement(By.xpath("//button[text()='Start the quiz']")));
		browser.submit(page.findElement(By.xpath("//button[text()='Submit your answers']")));
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Answer question 1");
		assertThat(page.getTitle()).startsWith("Error:");
		browser.assertAccessible();
		answer(page, false);
		browser.submit(page.findElement(By.xpath("//button[text()='Submit your answers']")));
		assertThat(browser.heading()).isEqualTo("You did not pass the quiz");
		List<WebElement> feedback = page.findElements(By.cssSelector(".mc-quiz-feedback"));
		assertThat(feedback).hasSize(10)
			.allSatisfy(card -> assertThat(card.findElement(By.cssSelector("a[href^='/protocol#']")).getText())
				.contains("Read the protocol on this"));
		assertThat(feedback.get(0).getText()).contains("Not right", "The right answer", "Why");
		browser.assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Try the quiz again']")));
		assertThat(browser.heading()).isEqualTo("Quiz");
		assertThat(page.findElements(By.cssSelector("main fieldset"))).hasSize(10);
		browser.signOut();
	}

	private static void answer(WebDriver page, boolean right) {
		for (WebElement radio : page.findElements(By.cssSelector("main input[type=radio]"))) {
			QuizQuestion question = QuestionBank.byId(radio.getAttribute("name")).orElseThrow();
			int option = Integer.parseInt(radio.getAttribute("value"));
			if ((option == question.correct()) == right && !radio.isSelected()) {
				page.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
			}
		}
	}

	private static String homeReminder(WebDriver page) {
		return page
			.findElement(By.xpath(
					"//*[contains(@class, 'govuk-notification-banner')]" + "[contains(., 'Your mandatory training')]"))
			.getText();
	}

	private static String notice(WebDriver page) {
		return page.findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
	}

	private static String fetchText(WebDriver page, String href) {
		return (String) ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
	}

	private MemberId rowan() {
		return this.members.findByCouncilEmail("rowan.fenwick@example.org").orElseThrow();
	}

}
