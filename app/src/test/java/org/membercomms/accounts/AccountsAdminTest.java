package org.membercomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.membercomms.MemberCommsTest;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.OneTimeCodes;
import org.membercomms.audit.AuditEntry;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators manage accounts; nobody else may; every change is in the audit trail.
 */
@MemberCommsTest
class AccountsAdminTest {

	@Autowired
	Members members;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountSetUp accountSetUp;

	@Autowired
	AuditQueries audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "member", "comms", "democratic", "independent" })
	void keepsEveryAccountPageFromAnyoneButAdministrators(String username) throws Exception {
		MockHttpSession session = SignIns.withPassword(this.mvc, username, "demo-" + username + "-password");
		AccountId someone = this.repository.findByUsername("member").orElseThrow().id();
		for (String path : List.of("/accounts", "/accounts/new", "/accounts/" + someone)) {
			this.mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
		}
		for (String path : List.of("/accounts", "/accounts/" + someone + "/roles", "/accounts/" + someone + "/disable",
				"/accounts/" + someone + "/password-link", "/accounts/" + someone + "/member")) {
			this.mvc.perform(post(path).session(session).param("roles", "ADMIN").with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void opensAnAccountAndSaysWhatIsWrongWithTheForm() throws Exception {
		MockHttpSession admin = admin();
		this.mvc
			.perform(post("/accounts").session(admin)
				.param("username", "")
				.param("displayName", "")
				.param("email", "not an email")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Open an account")))
			.andExpect(content().string(containsString("<a href=\"#username\">Enter a username</a>")))
			.andExpect(content().string(containsString("<a href=\"#roles\">Select at least one role</a>")))
			.andExpect(content().string(containsString("id=\"email-error\"")));
		this.mvc
			.perform(post("/accounts").session(admin)
				.param("username", "member")
				.param("displayName", "Someone")
				.param("email", "someone.new@example.org")
				.param("roles", "MEMBER")
				.with(csrf()))
			.andExpect(content().string(containsString("Another account has that username")));
		this.mvc
			.perform(post("/accounts").session(admin)
				.param("username", "rfenwick2")
				.param("displayName", "Rowan Fenwick")
				.param("email", "rowan.fenwick2@example.org")
				.param("roles", "MEMBER", "DEMOCRATIC_SERVICES")
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/accounts/*"))
			.andExpect(flash().attribute("done", containsString("rowan.fenwick2@example.org")));
		Account opened = this.repository.findByUsername("rfenwick2").orElseThrow();
		assertThat(opened.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.DEMOCRATIC_SERVICES);
		assertThat(opened.passwordHash()).as("no password until the person sets one").isNull();
		this.mvc.perform(get("/accounts").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rfenwick2")));
		this.mvc.perform(get("/accounts/" + opened.id()).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not set yet")));
	}

	@Test
	void changesRolesLinksAMemberAndSwitchesAnAccountOffAndOnWithEveryChangeAudited() throws Exception {
		MockHttpSession admin = admin();
		Account person = SignIns.open(this.accounts, this.repository, "managed", Role.MEMBER);
		String base = "/accounts/" + person.id();
		MemberId member = this.members.findByCouncilEmail("imogen.thackeray@example.org").orElseThrow();
		this.mvc.perform(post(base + "/roles").session(admin).param("roles", "MEMBER", "COMMS_OFFICER").with(csrf()))
			.andExpect(redirectedUrl(base));
		this.mvc.perform(post(base + "/roles").session(admin).with(csrf()))
			.andExpect(flash().attributeExists("errors"));
		this.mvc.perform(post(base + "/member").session(admin).param("memberId", "not-an-id").with(csrf()))
			.andExpect(flash().attributeExists("errors"));
		this.mvc
			.perform(post(base + "/member").session(admin).param("memberId", UUID.randomUUID().toString()).with(csrf()))
			.andExpect(flash().attributeExists("errors"));
		this.mvc.perform(post(base + "/member").session(admin).param("memberId", member.toString()).with(csrf()))
			.andExpect(redirectedUrl(base));
		this.mvc.perform(post(base + "/disable").session(admin).with(csrf())).andExpect(redirectedUrl(base));
		this.mvc.perform(post(base + "/enable").session(admin).with(csrf())).andExpect(redirectedUrl(base));

		Account after = this.repository.findById(person.id()).orElseThrow();
		assertThat(after.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COMMS_OFFICER);
		assertThat(after.memberId()).isEqualTo(member);
		assertThat(after.enabled()).isTrue();
		assertThat(this.accounts.findByMember(member)).map(AccountSummary::username).contains(person.username());
		List<AuditEntry> trail = this.audit
			.search(new AuditSearch(null, "account", person.id().toString(), null, null, 1));
		assertThat(trail).extracting(AuditEntry::action)
			.containsExactly("enabled", "disabled", "member link changed", "roles changed", "password set", "created");
		assertThat(trail.subList(0, 4)).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));
		assertThat(trail.get(3).changes()).singleElement()
			.satisfies(change -> assertThat(change.after()).isEqualTo("COMMS_OFFICER, MEMBER"));
		assertThat(trail.get(4).changes()).singleElement().satisfies(change -> assertThat(change.secret()).isTrue());
	}

	@Test
	void neverLeavesTheCouncilWithoutAnAdministrator() {
		Account other = SignIns.open(this.accounts, this.repository, "admin-two", Role.ADMIN);
		this.accounts.disable(other.id());
		AccountId demoAdmin = this.repository.findByUsername("admin").orElseThrow().id();
		this.transactions.executeWithoutResult(status -> {
			// only the demo administrator is left enabled
			this.jdbc.sql("""
					update account set enabled = false where id <> :admin
					and id in (select account_id from account_role where role = 'ADMIN')""")
				.param("admin", demoAdmin.value())
				.update();
			assertThatThrownBy(() -> this.accounts.disable(demoAdmin)).isInstanceOf(LastAdministrator.class);
			assertThatThrownBy(() -> this.accounts.changeRoles(demoAdmin, Set.of(Role.MEMBER)))
				.isInstanceOf(LastAdministrator.class);
			status.setRollbackOnly();
		});
	}

	@Test
	void bootstrapsTheFirstAdministratorOnlyWhenThereIsNone() {
		assertThat(this.accountSetUp.bootstrapAdministrator("first-admin", "first.admin@example.org")).isEmpty();
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("update account set enabled = false").update(); // a new
																			// installation
			Optional<String> link = this.accountSetUp.bootstrapAdministrator("first-admin", "first.admin@example.org");
			assertThat(link).hasValueSatisfying(url -> assertThat(url).contains("/set-password/"));
			Account admin = this.repository.findByUsername("first-admin").orElseThrow();
			assertThat(admin.roles()).containsExactly(Role.ADMIN);
			assertThat(admin.passwordHash()).isNull();
			assertThat(this.accountSetUp.bootstrapAdministrator("first-admin", "first.admin@example.org"))
				.as("a fresh link at each start until the password is set")
				.hasValueSatisfying(url -> assertThat(url).isNotEqualTo(link.get()));
			assertThat(this.accountSetUp.bootstrapAdministrator("second-admin", "second.admin@example.org")).isEmpty();
			assertThat(this.repository.findByUsername("second-admin")).isEmpty();
			status.setRollbackOnly();
		});
	}

	private MockHttpSession admin() throws Exception {
		return SignIns.withCode(this.mvc, "admin", "demo-admin-password", OneTimeCodes.DEMO_KEYS.get("admin"));
	}

}
