package org.membercomms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, or the paths in the system properties
 * {@code membercomms.chromium} and {@code membercomms.chromedriver}) driving the
 * application, with axe-core checking each page against WCAG 2.2 A and AA. Nothing is
 * downloaded: where the browser is missing, the test is skipped with a notice saying so.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private WebDriver driver;

	private String baseUrl;

	private Path profile;

	private final String host;

	/** A browser that reaches the application at {@code localhost}. */
	public Browser() {
		this("localhost");
	}

	/**
	 * @param host the host name the browser reaches the application at: a test that also
	 * runs an identity provider on {@code localhost} uses {@code 127.0.0.1}, so that the
	 * two keep separate cookies
	 */
	public Browser(String host) {
		this.host = host;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		open(Integer.parseInt(port));
	}

	/**
	 * Starts Chromium, or skips the calling tests where it is not installed.
	 * @param port the port the application listens on
	 */
	private void open(int port) throws IOException {
		File chromium = new File(System.getProperty("membercomms.chromium", "/usr/bin/chromium"));
		File chromedriver = new File(System.getProperty("membercomms.chromedriver", "/usr/bin/chromedriver"));
		if (!chromium.canExecute() || !chromedriver.canExecute()) {
			String notice = "Browser tests skipped: Chromium or ChromeDriver not found at " + chromium + " and "
					+ chromedriver + " (install Debian's chromium and chromium-driver, as .ci/run does)";
			System.err.println("NOTICE: " + notice);
			Assumptions.abort(notice);
		}
		Path profile = Files.createTempDirectory("membercomms-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.usingAnyFreePort()
			.build();
		this.profile = profile;
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.baseUrl = "http://" + this.host + ":" + port;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser visit(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * Signs in through the form; for a demo account with a second factor, also enters the
	 * code its fixed key gives now.
	 * @param username the username
	 * @param password the password
	 */
	public Browser signIn(String username, String password) {
		signInWithPasswordOnly(username, password);
		if (path().equals("/sign-in/code")) {
			OneTimeCodes.forDemo(username).ifPresent(this::enterCode);
		}
		return this;
	}

	/**
	 * Gives the username and password only, leaving a person with a second factor on the
	 * code page.
	 */
	public Browser signInWithPasswordOnly(String username, String password) {
		visit("/sign-in");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		submit(this.driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
		return this;
	}

	/**
	 * Enters a one-time code on the code page.
	 * @param code the code
	 */
	public Browser enterCode(String code) {
		this.driver.findElement(By.id("code")).sendKeys(code);
		submit(this.driver.findElement(By.cssSelector("form[action='/sign-in/code'] button[type=submit]")));
		return this;
	}

	public Browser signOut() {
		submit(this.driver.findElement(By.cssSelector("form[action='/sign-out'] button")));
		return this;
	}

	/**
	 * Clicks a form's button and waits until the next page has replaced this one.
	 * @param button the button
	 */
	public Browser submit(WebElement button) {
		button.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(driver -> isGone(button));
		return this;
	}

	/**
	 * Like {@link ExpectedConditions#stalenessOf}, but also counts as gone an element
	 * whose document Chromium is replacing at that very moment ("Node with given id does
	 * not belong to the document"), which otherwise fails a test at random.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Fails with the list of violations if axe-core finds any WCAG 2.2 A or AA problem.
	 */
	public Browser assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.driver);
		assertThat(results.getViolations())
			.as(() -> "axe-core violations on " + path() + ":\n" + describe(results.getViolations()))
			.isEmpty();
		assertThat(results.getPasses()).as("axe-core checked something on " + path()).isNotEmpty();
		return this;
	}

	/**
	 * @return the address of every resource the current page has loaded so far
	 */
	@SuppressWarnings("unchecked")
	public List<String> resourcesLoaded() {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver == null) {
			return;
		}
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

}
