package org.membercomms.protocol;

import org.membercomms.TestMail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A new version of the protocol goes from draft to publication in a real browser, and the
 * Members' acknowledgements follow it. Every page passes axe-core.
 */
@MemberCommsTest
class ProtocolBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(TestMail.smtp());

	@Autowired
	ApplicationContext context;

	@Test
	void publishingANewVersionAsksMembersToAcknowledgeIt() {
		WebDriver page = browser.driver();
		browser.signIn("member", "demo-member-password");
		acknowledgeEverythingOutstanding(page);
		assertThat(page
			.findElements(By.cssSelector(".govuk-notification-banner:not(.govuk-notification-banner--success)")))
			.isEmpty();
		browser.signOut();

		browser.signIn("democratic", "demo-democratic-password").visit("/protocol").assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[text()='Draft a new version']")));
		browser.assertAccessible();
		String editor = browser.path();
		page.findElement(By.id("summary")).sendKeys("Adds advice on live streaming");
		page.findElement(By.id("body")).sendKeys("\n\nLive streaming counts as publishing too.\n");
		browser.submit(page.findElement(By.xpath("//button[@value='submit']")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("sent to the Monitoring Officer");
		browser.signOut();

		browser.signIn("monitoring", "demo-monitoring-password").visit(editor).assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[starts-with(text(), 'Approve and publish')]")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("is published");
		String published = browser.path();
		browser.visit(published + "/changes").assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText())
			.contains("Added: Live streaming counts as publishing too.");
		browser.visit(published + "/acknowledgements").assertAccessible();
		assertThat(page.findElement(By.tagName("main")).getText()).contains("Cllr Rowan Fenwick", "Not yet");
		browser.submit(page.findElement(By.xpath("//button[starts-with(text(), 'Email a reminder')]")));
		assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("A reminder has been emailed to");
		browser.assertAccessible();
		browser.signOut();

		ReflectionTestUtils.invokeMethod(this.context.getBean("emailSender"), "sendDue");
		List<MimeMessage> toRowan = Arrays.stream(mail.getReceivedMessages())
			.filter(message -> TestMail.recipient(message).equals("rowan.fenwick@example.org"))
			.toList();
		assertThat(toRowan).extracting(TestMail::subject)
			.contains("Please read version " + published.substring(published.lastIndexOf('/') + 1)
					+ " of the Social Media Protocol for Members")
			.anySatisfy(subject -> assertThat(subject).startsWith("Reminder: please read version"));

		browser.signIn("member", "demo-member-password");
		WebElementAssert.banner(page).contains("Social Media Protocol for Members is in force");
		browser.assertAccessible();
		browser.submit(page.findElement(By.linkText("Read and acknowledge the Social Media Protocol for Members")));
		browser.assertAccessible();
		browser.submit(page.findElement(By.xpath("//button[starts-with(text(), 'I have read version')]")));
		assertThat(page
			.findElements(By.cssSelector(".govuk-notification-banner:not(.govuk-notification-banner--success)")))
			.isEmpty();
		assertThat(page.findElement(By.id("acknowledge")).getText()).contains("You acknowledged version");
		browser.signOut();

		browser.signIn("democratic", "demo-democratic-password").visit(published + "/acknowledgements");
		assertThat(page.findElement(By.xpath("//tr[td/a[text()='Cllr Rowan Fenwick']]")).getText())
			.doesNotContain("Not yet");
		browser.signOut();
	}

	@Test
	void searchesTheDocumentsAccessibly() {
		WebDriver page = browser.signIn("comms", "demo-comms-password").visit("/policies/search").driver();
		browser.assertAccessible();
		page.findElement(By.id("q")).sendKeys("photograph permission");
		browser.submit(page.findElement(By.cssSelector("main form button")));
		assertThat(page.findElement(By.cssSelector(".mc-search-results a")).getAttribute("href"))
			.endsWith("/protocol#data-protection");
		assertThat(page.findElements(By.cssSelector(".mc-search-results mark"))).isNotEmpty();
		browser.assertAccessible();
		browser.visit("/code-of-conduct").assertAccessible();
		browser.signOut();
	}

	private static void acknowledgeEverythingOutstanding(WebDriver page) {
		for (String document : new String[] { "/protocol", "/code-of-conduct" }) {
			browser.visit(document);
			page.findElements(By.xpath("//button[starts-with(text(), 'I have read version')]"))
				.forEach(browser::submit);
		}
	}

	static final class WebElementAssert {

		static org.assertj.core.api.AbstractStringAssert<?> banner(WebDriver page) {
			return assertThat(page
				.findElement(By.cssSelector(".govuk-notification-banner:not(.govuk-notification-banner--success)"))
				.getText());
		}

	}

}
