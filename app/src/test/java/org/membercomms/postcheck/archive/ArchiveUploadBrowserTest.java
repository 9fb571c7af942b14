package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.membercomms.postcheck.PostCheckSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file over the upload limit is refused with the form's error message in the browser,
 * before it is sent; without that check, the server stops reading it at the limit.
 */
@MemberCommsTest
class ArchiveUploadBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	PostCheckSettings settings;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void refusesAFileOverTheLimitBeforeSendingIt() throws IOException {
		WebDriver page = browser.signIn("member", "demo-member-password").visit("/check/archive").driver();
		Path large = this.folder.resolve("tweets.js");
		try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
			file.setLength(this.settings.archiveLimit().toBytes() + 1);
		}
		page.findElement(By.id("file")).sendKeys(large.toString());
		page.findElement(By.xpath("//button[text()='Upload and check']")).click();
		assertThat(page.findElement(By.id("file-too-large")).getText()).contains("There is a problem",
				"The file is larger than 50 MB: upload only the file of posts, not the whole archive");
		assertThat(browser.path()).isEqualTo("/check/archive");
		browser.assertAccessible();

		// without the check in the page, the server stops reading it at the limit (Tomcat
		// refuses it before the application sees it), says the file is too large and
		// keeps nothing
		long scans = this.jdbc.sql("select count(*) from archive_scan").query(Long.class).single();
		((JavascriptExecutor) page).executeScript(
				"document.getElementById('archive-upload').setAttribute('data-limit-bytes', '999999999999')");
		browser.submit(page.findElement(By.xpath("//button[text()='Upload and check']")));
		assertThat(browser.heading()).isEqualTo("The file is too large");
		assertThat(page.findElement(By.id("error-reference")).getText()).hasSize(8);
		browser.assertAccessible();
		assertThat(this.jdbc.sql("select count(*) from archive_scan").query(Long.class).single()).isEqualTo(scans);
		browser.signOut();
	}

}
