package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.Browser;
import org.membercomms.MemberCommsTest;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs in through a real OpenID Connect provider that the test starts itself (Spring
 * Authorization Server on a random port), in a real browser: the provider's groups claim
 * becomes a MemberComms role and the email address finds the account.
 */
@MemberCommsTest
class SingleSignOnTest {

	/** The application at 127.0.0.1, the provider at localhost: separate cookies. */
	@RegisterExtension
	static final Browser browser = new Browser("127.0.0.1");

	static ConfigurableApplicationContext identityProvider;

	@Autowired
	AccountRepository repository;

	@Autowired
	Accounts accounts;

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry properties) {
		identityProvider = new SpringApplicationBuilder(TestIdentityProvider.class).properties(
				"spring.config.name=membercomms-test-identity-provider", "server.port=0", "spring.main.banner-mode=off",
				"gg.jte.use-precompiled-templates=true",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.client-id=membercomms",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.client-secret={noop}idp-secret",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.client-authentication-methods=client_secret_basic",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.authorization-grant-types=authorization_code",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.redirect-uris=http://127.0.0.1/login/oauth2/code/council",
				"spring.security.oauth2.authorizationserver.client.membercomms.registration.scopes=openid,profile,email",
				"spring.security.oauth2.authorizationserver.client.membercomms.require-authorization-consent=false")
			.run();
		String issuer = "http://localhost:" + identityProvider.getEnvironment().getProperty("local.server.port");
		String client = "spring.security.oauth2.client.registration.council.";
		properties.add(client + "client-id", () -> "membercomms");
		properties.add(client + "client-secret", () -> "idp-secret");
		properties.add(client + "client-name", () -> "your council account");
		properties.add(client + "scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> issuer);
		properties.add("membercomms.oidc.group-roles.[mc-democratic-services]", () -> "DEMOCRATIC_SERVICES");
	}

	@AfterAll
	static void stopIdentityProvider() {
		if (identityProvider != null) {
			identityProvider.close();
		}
	}

	/**
	 * Forgets whoever an earlier test signed in at the provider (its session cookie is
	 * the provider's, at localhost), so that each test signs in there afresh.
	 */
	@BeforeEach
	void signOutOfTheProvider() {
		browser.driver()
			.get("http://localhost:" + identityProvider.getEnvironment().getProperty("local.server.port") + "/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void mapsTheGroupsClaimToARoleAndTheEmailToTheAccount() {
		browser.visit("/sign-in").assertAccessible();
		browser.submit(browser.driver().findElement(By.linkText("Sign in with your council account")));
		assertThat(browser.driver().getCurrentUrl()).startsWith("http://localhost:").endsWith("/login");
		browser.driver().findElement(By.id("username")).sendKeys("pat.officer");
		browser.driver().findElement(By.id("password")).sendKeys("idp-password");
		browser.submit(browser.driver().findElement(By.cssSelector("button[type=submit]")));

		assertThat(browser.path()).isEqualTo("/home");
		assertThat(browser.heading()).isEqualTo("Democratic Services home");
		Account account = this.repository.findByEmail("pat.officer@example.org").orElseThrow();
		assertThat(account.roles()).containsExactly(Role.DEMOCRATIC_SERVICES);
		assertThat(account.displayName()).isEqualTo("Pat Officer");
		assertThat(account.passwordHash()).as("signs in only through the provider").isNull();

		this.accounts.disable(account.id());
		browser.visit("/home");
		assertThat(browser.path()).isEqualTo("/sign-in?error=disabled");
		browser.submit(browser.driver().findElement(By.linkText("Sign in with your council account")));
		assertThat(browser.path()).isEqualTo("/sign-in?error=no-account");
		browser.assertAccessible();
	}

	@Test
	void refusesAnEmailAddressTheProviderHasNotVerified() {
		browser.visit("/sign-in");
		browser.submit(browser.driver().findElement(By.linkText("Sign in with your council account")));
		assertThat(browser.driver().getCurrentUrl()).startsWith("http://localhost:").endsWith("/login");
		browser.driver().findElement(By.id("username")).sendKeys(TestIdentityProvider.UNVERIFIED);
		browser.driver().findElement(By.id("password")).sendKeys("idp-password");
		browser.submit(browser.driver().findElement(By.cssSelector("button[type=submit]")));

		assertThat(browser.path()).isEqualTo("/sign-in?error=email-not-verified");
		assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText())
			.contains("does not show that your email address has been confirmed");
		assertThat(this.repository.findByEmail("sam.unverified@example.org")).as("no account opened").isEmpty();
		browser.visit("/home");
		assertThat(browser.path()).as("not signed in").startsWith("/sign-in");
		browser.assertAccessible();
	}

}
