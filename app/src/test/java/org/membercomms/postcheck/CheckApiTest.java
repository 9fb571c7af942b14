package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The checks API as a client sees it over HTTP: tokens, the rate limit, problem details
 * and the OpenAPI document.
 */
@MemberCommsTest
class CheckApiTest {

	static final String PHONE_POST = "Anyone who knows Dave, his mobile is 07912 345678, tell him to ring me.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	ApiTokensTestSupport support;

	@Autowired
	Clock clock;

	@Autowired
	org.membercomms.accounts.Accounts accounts;

	@org.junit.jupiter.api.BeforeEach
	void tokens() {
		this.support = new ApiTokensTestSupport(this.tokens);
	}

	@Test
	void checksAPostWithAValidTokenAndNoCookies() throws Exception {
		String token = this.support.tokenFor("member");
		this.mvc.perform(check(token, "{\"text\": \"" + PHONE_POST + "\", \"links\": [], \"image\": \"NONE\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.verdict").value("HIGH_RISK"))
			.andExpect(jsonPath("$.offensive").isNumber())
			.andExpect(jsonPath("$.findings[0].category").value("DATA_PROTECTION"))
			.andExpect(jsonPath("$.findings[0].severity").value("HIGH_RISK"))
			.andExpect(jsonPath("$.findings[0].spans[0].start").value(PHONE_POST.indexOf("07912")))
			.andExpect(jsonPath("$.findings[0].spans[0].end").value(PHONE_POST.indexOf("07912") + 12))
			.andExpect(jsonPath("$.findings[0].explanation").isString())
			.andExpect(jsonPath("$.findings[0].advice").isString())
			.andExpect(jsonPath("$.findings[0].protocolKey").value("data-protection"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void checksABatchInOrder() throws Exception {
		String token = this.support.tokenFor("member");
		this.mvc
			.perform(post("/api/v1/checks/batch").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"posts\": [{\"text\": \"Thank you to the volunteers who cleared the beck.\"}, "
						+ "{\"text\": \"" + PHONE_POST + "\", \"image\": \"OTHERS\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports", hasSize(2)))
			.andExpect(jsonPath("$.reports[0].verdict").value("CLEAR"))
			.andExpect(jsonPath("$.reports[1].verdict").value("HIGH_RISK"))
			.andExpect(jsonPath("$.reports[1].findings[?(@.category == 'COPYRIGHT')]").exists());
	}

	@Test
	void refusesABatchOfMoreThanFiftyPosts() throws Exception {
		String token = this.support.tokenFor("member");
		String posts = String.join(",", java.util.Collections.nCopies(51, "{\"text\": \"Hello\"}"));
		this.mvc
			.perform(post("/api/v1/checks/batch").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"posts\": [" + posts + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("at most 50 posts; this one has 51")));
	}

	@Test
	void answers401WithoutAValidTokenAndNeverRedirects() throws Exception {
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hi\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(check("mct_bogusbogusbogusbogusbogusbogusbogusbogus12", "{\"text\": \"Hi\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/checks").header("Authorization", "Basic bWVtYmVyOmRlbW8tbWVtYmVyLXBhc3N3b3Jk")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Hi\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void answers401ForARevokedToken() throws Exception {
		ApiTokens.NewToken token = this.support.newToken("member");
		this.mvc.perform(check(token.secret(), "{\"text\": \"Hi\"}")).andExpect(status().isOk());
		this.support.revoke("member", token.id());
		this.mvc.perform(check(token.secret(), "{\"text\": \"Hi\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign in with an API token"));
	}

	@Test
	void answers401WhenTheTokensAccountIsSwitchedOff() throws Exception {
		String username = "api-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		org.membercomms.accounts.AccountId account = this.support.as("admin", () -> this.accounts.open(username,
				"Test Caller", username + "@example.org", java.util.Set.of(org.membercomms.accounts.Role.MEMBER)));
		String token = this.support.tokenFor(username);
		this.mvc.perform(check(token, "{\"text\": \"Hi\"}")).andExpect(status().isOk());
		this.support.as("admin", () -> {
			this.accounts.disable(account);
			return null;
		});
		this.mvc.perform(check(token, "{\"text\": \"Hi\"}")).andExpect(status().isUnauthorized());
	}

	@Test
	void answers429WithRetryAfterOverTheRateLimit() throws Exception {
		// keep all the requests inside one fixed minute window
		if (LocalTime.now(this.clock).getSecond() > 45) {
			Thread.sleep((61 - LocalTime.now(this.clock).getSecond()) * 1000L);
		}
		String token = this.support.tokenFor("member");
		for (int i = 0; i < 60; i++) {
			this.mvc.perform(check(token, "{\"text\": \"Request " + i + "\"}")).andExpect(status().isOk());
		}
		String retryAfter = this.mvc.perform(check(token, "{\"text\": \"One too many\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(429))
			.andReturn()
			.getResponse()
			.getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
	}

	@Test
	void answersBadInputWithProblemDetails() throws Exception {
		String token = this.support.tokenFor("member");
		this.mvc.perform(check(token, "{\"text\": \"unfinished"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("The request is not valid JSON"))
			.andExpect(jsonPath("$.instance").value("/api/v1/checks"));
		this.mvc.perform(check(token, "{\"links\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("\"text\" is missing")))
			.andExpect(jsonPath("$.field").value("text"));
		this.mvc.perform(check(token, "{\"text\": \"Hi\", \"image\": \"PAINTING\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(check(token, "{\"text\": \"" + "a".repeat(100 * 1024 + 1) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("100 KB")));
	}

	@Test
	void publishesTheOpenApiDocumentWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/checks'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/checks/batch'].post").exists())
			.andExpect(jsonPath("$.components.schemas.Post.properties.text").exists())
			.andExpect(jsonPath("$.components.schemas.Post.properties.image.enum", hasSize(4)))
			.andExpect(jsonPath("$.components.schemas.Batch.properties.posts").exists())
			.andExpect(jsonPath("$.components.schemas.Report.properties.findings").exists())
			.andExpect(jsonPath("$.components.schemas.Finding.properties.protocolKey").exists())
			.andExpect(jsonPath("$.components.securitySchemes['personal-api-token'].scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/check']").doesNotExist());
	}

	@Test
	void servesSwaggerUiWithALooserPolicyOnItsOwnPathsOnly() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
		this.mvc.perform(get("/privacy"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")));
	}

	private static MockHttpServletRequestBuilder check(String token, String json) {
		return post("/api/v1/checks").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
