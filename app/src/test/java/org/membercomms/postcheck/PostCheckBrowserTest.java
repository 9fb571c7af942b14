package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.postcheck.archive.ArchiveScanTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The post checker in a real browser: a Member checks a clean post, a post with a phone
 * number and an abusive post; reviews an archive of past posts; creates an API token. The
 * communications team reads the figures. Every page passes axe-core.
 */
@MemberCommsTest
class PostCheckBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberChecksACleanPostAPhoneNumberAndAbuse() {
		WebDriver page = browser.signIn("member", "demo-member-password").visit("/check").driver();
		assertThat(browser.heading()).isEqualTo("Check a post before you publish it");
		browser.assertAccessible();

		check(page, "Thank you to everyone who came to the Linthorpe ward surgery on Saturday.");
		assertThat(verdict(page)).isEqualTo("CLEAR");
		assertThat(page.findElements(By.cssSelector(".mc-finding .govuk-tag"))).as("advice at most")
			.allSatisfy(tag -> assertThat(tag.getText()).isEqualTo("Advice"));
		browser.assertAccessible();

		check(page, "Anyone who knows Dave, his mobile is 07912 345678, tell him to ring me.");
		assertThat(verdict(page)).isEqualTo("HIGH_RISK");
		assertThat(page.findElement(By.cssSelector(".mc-finding[data-category='DATA_PROTECTION']")).getText())
			.contains("Data protection", "Why it matters", "What to do instead");
		WebElement evidence = page.findElement(By.cssSelector("#marked-draft mark.mc-evidence"));
		assertThat(evidence.getText()).contains("07912 345678");
		assertThat(evidence.getAttribute("textContent")).startsWith("[Start of evidence: Data protection] ")
			.endsWith(" [End of evidence]");
		assertThat(
				page.findElement(By.cssSelector(".mc-finding[data-category='DATA_PROTECTION'] a")).getAttribute("href"))
			.endsWith("/protocol#data-protection");
		browser.assertAccessible();

		check(page, "You stupid worthless idiot, shut your mouth.");
		assertThat(verdict(page)).isEqualTo("HIGH_RISK");
		assertThat(page.findElements(By.cssSelector("#marked-draft mark.mc-evidence"))).isNotEmpty();
		browser.assertAccessible();

		browser.visit("/check/history").assertAccessible();
		assertThat(page.findElements(By.cssSelector("tbody tr")).size()).isGreaterThanOrEqualTo(3);
		browser.signOut();
	}

	@Test
	void aMemberReviewsTheirPastPostsAndCreatesAnApiToken() throws IOException {
		WebDriver page = browser.signIn("member", "demo-member-password").visit("/check/archive").driver();
		browser.assertAccessible();
		upload(page, "notes.txt");
		assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("tweets.js",
				"outbox.json");
		browser.assertAccessible();

		upload(page, "tweets.js");
		assertThat(browser.heading()).isEqualTo("Checking your posts");
		assertThat(page.findElement(By.id("progress-text")).getText()).contains("of 3 posts checked");
		browser.assertAccessible();
		new ArchiveScanTestSupport(this.context).scanNext();
		page.findElement(By.id("refresh")).click();
		assertThat(browser.heading()).isEqualTo("Posts worth reviewing");
		assertThat(page.findElements(By.cssSelector("#worth-reviewing tbody tr"))).hasSize(2);
		browser.assertAccessible();

		browser.visit("/account/api-tokens").assertAccessible();
		page.findElement(By.id("name")).sendKeys("My scheduling tool");
		browser.submit(page.findElement(By.xpath("//button[text()='Create token']")));
		assertThat(page.findElement(By.id("new-token")).getAttribute("value")).startsWith(ApiTokens.PREFIX);
		browser.assertAccessible();
		browser.signOut();
	}

	@Test
	void theCommsTeamReadsOnlyFigures() {
		browser.signIn("comms", "demo-comms-password").visit("/check-figures");
		assertThat(browser.heading()).isEqualTo("Post checker figures");
		browser.assertAccessible();
		browser.signOut();
	}

	private static void check(WebDriver page, String text) {
		WebElement area = page.findElement(By.id("text"));
		area.clear();
		area.sendKeys(text);
		browser.submit(page.findElement(By.xpath("//button[text()='Check my post']")));
	}

	private static String verdict(WebDriver page) {
		return page.findElement(By.id("verdict")).getAttribute("data-verdict");
	}

	private static void upload(WebDriver page, String sample) throws IOException {
		Path file = Files.createTempDirectory("archive").resolve(sample);
		Files.write(file, ArchiveScanTestSupport.sample(sample));
		page.findElement(By.id("file")).sendKeys(file.toString());
		browser.submit(page.findElement(By.xpath("//button[text()='Upload and check']")));
	}

}
