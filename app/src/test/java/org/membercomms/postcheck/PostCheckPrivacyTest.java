package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Drafts belong to their author: without "keep my history" no draft text reaches the
 * database or the logs, and nobody else, the Monitoring Officer and administrators
 * included, can read a Member's checks. Others see only aggregate figures.
 */
@MemberCommsTest
@ExtendWith(OutputCaptureExtension.class)
class PostCheckPrivacyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	LoggingSystem logging;

	@Test
	void keepsNoDraftTextInTheDatabaseOrTheLogsWithHistoryOff(CapturedOutput output) throws Exception {
		String marker = "Zqx" + UUID.randomUUID().toString().replace("-", "");
		String draft = "Anyone who knows Dave " + marker + ", his mobile is 07912 345678, tell him to ring me.";
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		this.logging.setLogLevel(null, LogLevel.DEBUG);
		this.logging.setLogLevel("org.membercomms", LogLevel.DEBUG);
		try {
			this.mvc
				.perform(post("/check").with(member())
					.with(csrf())
					.param("text", draft)
					.param("image", "NONE")
					.param("channel", "PERSONAL"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-verdict=\"HIGH_RISK\"")));
			this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"" + draft + "\"}")).andExpect(status().isOk());
			this.mvc.perform(api(token, "/api/v1/checks/batch", "{\"posts\": [{\"text\": \"" + draft + "\"}]}"))
				.andExpect(status().isOk());
			this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"" + draft + "\", \"image\": 12, }"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(not(containsString(marker))));
			this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"" + draft + "\", \"image\": \"PAINTING\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(not(containsString(marker))));
		}
		finally {
			this.logging.setLogLevel(null, LogLevel.WARN);
			this.logging.setLogLevel("org.membercomms", LogLevel.INFO);
		}
		assertThat(output.getOut()).as("the log was captured at DEBUG").contains("/api/v1/checks");
		assertThat(output.getAll()).doesNotContain(marker);
		assertThat(textColumnsContaining(marker)).as("columns holding the draft").isEmpty();
		List<Map<String, Object>> checks = this.jdbc.sql("""
				select verdict, categories, text from post_check where owner = 'member' and via = 'PAGE'
				order by checked_at desc limit 1""").query().listOfRows();
		assertThat(checks).hasSize(1);
		assertThat(checks.get(0)).containsEntry("verdict", "HIGH_RISK")
			.containsEntry("categories", "DATA_PROTECTION")
			.containsEntry("text", null);
	}

	@Test
	void keepsTheTextOnlyWhenTheMemberTicksKeepMyHistory() throws Exception {
		String marker = "Kept" + UUID.randomUUID().toString().replace("-", "");
		UUID check = keptCheck(marker);
		this.mvc.perform(get("/check/history/" + check).with(keeper()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)));
		this.mvc.perform(post("/check/history/preference").with(keeper()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(textColumnsContaining(marker)).as("text removed when history is turned off").isEmpty();
	}

	@Test
	void letsNobodyElseReadAMembersChecksNotEvenTheMonitoringOfficerOrAnAdministrator() throws Exception {
		String marker = "Own" + UUID.randomUUID().toString().replace("-", "");
		UUID check = keptCheck(marker);
		for (RequestPostProcessor other : List.of(user("monitoring").roles("MONITORING_OFFICER"),
				user("admin").roles("ADMIN"), user("comms").roles("COMMS_OFFICER"),
				user("democratic").roles("DEMOCRATIC_SERVICES"), user("member").roles("MEMBER"))) {
			this.mvc.perform(get("/check/history/" + check).with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/check/history").with(other))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(check.toString()))))
				.andExpect(content().string(not(containsString(marker))));
			this.mvc.perform(get("/check-figures").with(other))
				.andExpect(content().string(not(containsString(marker))));
			this.mvc.perform(get("/audit").with(other)).andExpect(content().string(not(containsString(marker))));
		}
		this.mvc.perform(get("/check/history").with(keeper()))
			.andExpect(content().string(containsString(check.toString())));
	}

	@Test
	void showsOnlyAggregateFiguresToTheCommsTeamAndDemocraticServices() throws Exception {
		keptCheck("Figures" + UUID.randomUUID());
		for (RequestPostProcessor reader : List.of(user("comms").roles("COMMS_OFFICER"),
				user("democratic").roles("DEMOCRATIC_SERVICES"))) {
			this.mvc.perform(get("/check-figures").with(reader))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Checks per week")))
				.andExpect(content().string(containsString("Share of checks by kind of risk")))
				.andExpect(content().string(not(containsString("history-keeper"))))
				.andExpect(content().string(not(containsString("Rowan Fenwick"))));
		}
		for (RequestPostProcessor other : List.of(member(), user("monitoring").roles("MONITORING_OFFICER"),
				user("admin").roles("ADMIN"))) {
			this.mvc.perform(get("/check-figures").with(other)).andExpect(status().isForbidden());
		}
	}

	private UUID keptCheck(String marker) throws Exception {
		this.mvc
			.perform(post("/check").with(keeper())
				.with(csrf())
				.param("text", "Thank you " + marker + " for the ward surgery.")
				.param("keepHistory", "true"))
			.andExpect(status().isOk());
		return this.jdbc.sql("select id from post_check where text like :marker")
			.param("marker", "%" + marker + "%")
			.query(UUID.class)
			.single();
	}

	/** Every text column of every table that holds the marker. */
	private List<String> textColumnsContaining(String marker) {
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json')""")
			.query()
			.listOfRows();
		assertThat(columns).isNotEmpty();
		return columns.stream().filter(column -> {
			String sql = "select count(*) from \"" + column.get("table_name") + "\" where cast(\""
					+ column.get("column_name") + "\" as text) like :marker";
			return this.jdbc.sql(sql).param("marker", "%" + marker + "%").query(Long.class).single() > 0;
		}).map(column -> column.get("table_name") + "." + column.get("column_name")).toList();
	}

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

	private static RequestPostProcessor keeper() {
		return user("history-keeper").roles("MEMBER");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(String token,
			String path, String json) {
		return post(path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
