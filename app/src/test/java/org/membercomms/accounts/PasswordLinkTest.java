package org.membercomms.accounts;

import org.membercomms.TestMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.MemberCommsTest;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emailed one-time links to set a password: sent through the outbox to a real SMTP server
 * (GreenMail), usable once, refused when used or expired.
 */
@MemberCommsTest
class PasswordLinkTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(TestMail.smtp()).withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/set-password/[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditQueries audit;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void opensAnAccountAndEmailsALinkThatSetsThePasswordOnce() throws Exception {
		AccountId id = this.accounts.open("newcomer", "Nia Newcomer", "nia.newcomer@example.org",
				Set.of(Role.COMMS_OFFICER));
		String link = linkEmailedTo("nia.newcomer@example.org");

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set your password")));
		this.mvc.perform(post(link).param("password", "short").param("confirmation", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("between 12 and 128 characters")));
		this.mvc
			.perform(post(link).param("password", "correct horse battery staple")
				.param("confirmation", "correct horse battery")
				.with(csrf()))
			.andExpect(content().string(containsString("The passwords do not match")));
		this.mvc
			.perform(post(link).param("password", "correct horse battery staple")
				.param("confirmation", "correct horse battery staple")
				.with(csrf()))
			.andExpect(redirectedUrl("/sign-in?password-set"));

		MockHttpSession session = SignIns.withPassword(this.mvc, "newcomer", "correct horse battery staple");
		this.mvc.perform(get("/home").session(session)).andExpect(status().isOk());

		this.mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link does not work")));
		this.mvc
			.perform(post(link).param("password", "another long password")
				.param("confirmation", "another long password")
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(this.audit.search(new AuditSearch(null, "account", id.toString(), null, null, 1)))
			.extracting(entry -> entry.action())
			.contains("created", "password link sent", "password set");
		assertThat(this.jdbc.sql("select count(*) from password_link where token_hash = :token")
			.param("token", link.substring(link.lastIndexOf('/') + 1))
			.query(Integer.class)
			.single()).as("the token itself is never stored").isZero();
	}

	@Test
	void refusesAnExpiredLink() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "expired", Role.MEMBER);
		String link = this.transactions
			.execute(status -> this.links.issue(person.id(), Instant.now().minus(Duration.ofHours(1)).minusSeconds(1)));
		String path = link.substring(link.indexOf("/set-password/"));
		this.mvc.perform(get(path)).andExpect(status().isGone());
		this.mvc
			.perform(post(path).param("password", "a brand new password")
				.param("confirmation", "a brand new password")
				.with(csrf()))
			.andExpect(status().isGone());
		MockHttpSession session = SignIns.withPassword(this.mvc, person.username(), SignIns.PASSWORD);
		this.mvc.perform(get("/home").session(session)).andExpect(status().isOk());
	}

	@Test
	void endsEarlierLinksWhenANewOneIsSent() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "twice", Role.MEMBER);
		this.links.send(person.id());
		String first = linkEmailedTo(person.email());
		this.links.send(person.id());
		String second = linkEmailedTo(person.email());
		this.mvc.perform(get(first)).andExpect(status().isGone());
		this.mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void sendsALinkToAPersonWhoForgotTheirPasswordWithoutSayingWhetherTheAddressIsKnown() throws Exception {
		Account person = SignIns.open(this.accounts, this.repository, "forgetful", Role.MEMBER);
		for (String email : new String[] { person.email().toUpperCase(java.util.Locale.ROOT), "nobody@example.org" }) {
			this.mvc.perform(post("/forgotten-password").param("email", email).with(csrf()))
				.andExpect(redirectedUrl("/forgotten-password/sent"));
		}
		this.mvc.perform(post("/forgotten-password").param("email", "not an address").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		String link = linkEmailedTo(person.email());
		this.mvc.perform(get(link)).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from password_link where account_id = :id")
			.param("id", person.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);

		this.mvc.perform(post("/forgotten-password").param("email", person.email()).with(csrf()))
			.andExpect(redirectedUrl("/forgotten-password/sent"));
		assertThat(this.jdbc.sql("select count(*) from password_link where account_id = :id")
			.param("id", person.id().value())
			.query(Integer.class)
			.single()).as("no second link within a few minutes").isEqualTo(1);
	}

	private String linkEmailedTo(String recipient) throws Exception {
		// The outbox's sender, now rather than on its schedule
		ReflectionTestUtils.invokeMethod(this.context.getBean("emailSender"), "sendDue");
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = mail.getReceivedMessagesForDomain(recipient);
		assertThat(received).isNotEmpty();
		String body = GreenMailUtil.getBody(received[received.length - 1]).replace("=\r\n", "");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link in %s", body).isTrue();
		assertThat(Arrays.stream(received).map(GreenMailUtil::getBody)).allMatch(text -> !text.isEmpty());
		return link.group(1);
	}

}
