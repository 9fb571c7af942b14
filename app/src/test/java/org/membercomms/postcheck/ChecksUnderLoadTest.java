package org.membercomms.postcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.checker.PostChecker;
import org.membercomms.system.CouncilTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Checks never hold the database, and no one person or token can flood the checker: the
 * checker runs with no pool connection held, the page and the API count each person's or
 * token's checks a minute (a batch by its posts and its size), and a batch or body over
 * its cap is refused before any check runs or any JSON is parsed. The clock stands still
 * half way through a minute, so every count here falls in one window; each test uses its
 * own person or token.
 */
@MemberCommsTest
@TestPropertySource(properties = { "membercomms.postcheck.page-checks-per-minute=20",
		"membercomms.postcheck.api-requests-per-minute=10", "membercomms.postcheck.batch-max-posts=5",
		"membercomms.postcheck.batch-max-characters=30000", "membercomms.postcheck.max-api-body-bytes=65536" })
class ChecksUnderLoadTest {

	static final Instant HALF_PAST = Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(30);

	@TestBean(name = "clock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Gate gate;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	static Clock clock() {
		return Clock.fixed(HALF_PAST, CouncilTime.ZONE);
	}

	@Test
	void leavesThePoolFreeWhileTwentyChecksAreHeldInsideTheChecker() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getMaximumPoolSize()).as("more checks are held than the pool has connections").isLessThan(20);
		MockHttpSession colleague = new MockHttpSession();
		this.mvc
			.perform(post("/sign-in").session(colleague)
				.param("username", "member2")
				.param("password", "demo-member2-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/home"));
		CountDownLatch entered = this.gate.hold(20);
		ExecutorService members = Executors.newFixedThreadPool(20);
		try {
			List<Future<Integer>> checks = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String draft = "Slow check " + i + " of the beck clean-up on Saturday";
				checks.add(members.submit(
						() -> this.mvc
							.perform(post("/check").with(user("member").roles("MEMBER"))
								.with(csrf())
								.param("text", draft)
								.param("image", "NONE")
								.param("channel", "PERSONAL"))
							.andReturn()
							.getResponse()
							.getStatus()));
			}
			assertThat(entered.await(30, TimeUnit.SECONDS))
				.as("all 20 checks are inside the checker at once, with a pool of %d", pool.getMaximumPoolSize())
				.isTrue();
			this.mvc.perform(get("/home").session(colleague)).andExpect(status().isOk());
			assertThat(pool.getHikariPoolMXBean().getActiveConnections())
				.as("connections in use while 20 checks are held (a background job may use one)")
				.isLessThanOrEqualTo(1);
			this.gate.release();
			for (Future<Integer> check : checks) {
				assertThat(check.get(60, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			this.gate.release();
			members.shutdownNow();
		}
	}

	@Test
	void answers429OnThePagePastAPersonsChecksAMinute() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(checkOnPage("Check number " + i)).andExpect(status().isOk());
		}
		int calls = this.gate.calls();
		this.mvc.perform(checkOnPage("One check too many"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("Wait 30 seconds, then check your post again")))
			.andExpect(content().string(containsString("One check too many")));
		assertThat(this.gate.calls()).as("no check runs past the limit").isEqualTo(calls);
	}

	@Test
	void countsABatchByItsPostsAndItsSize() throws Exception {
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		// two short posts use one check each, a post of 25,000 characters uses three
		this.mvc
			.perform(api(token, "/api/v1/checks/batch",
					"{\"posts\": [{\"text\": \"Thank you, volunteers\"}, "
							+ "{\"text\": \"See you at the surgery\"}, {\"text\": \"" + "a".repeat(25_000) + "\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.length()").value(3));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"Post " + i + "\"}")).andExpect(status().isOk());
		}
		this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"The eleventh check this minute\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:membercomms:problem:rate-limit"));
	}

	@Test
	void answers429WhenABatchWouldPassTheLimitAndRunsNoneOfIt() throws Exception {
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		// a post of 65,000 characters uses seven checks, then the request for four more
		// takes the token to 11
		this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"" + "b".repeat(65_000) + "\"}"))
			.andExpect(status().isOk());
		int calls = this.gate.calls();
		this.mvc
			.perform(api(token, "/api/v1/checks/batch",
					"{\"posts\": [{\"text\": \"One\"}, {\"text\": \"Two\"}, {\"text\": \"Three\"}, "
							+ "{\"text\": \"Four\"}]}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"));
		assertThat(this.gate.calls()).as("no post of the batch is checked").isEqualTo(calls);
	}

	@Test
	void refusesABatchOverItsCapsBeforeAnyCheckRuns() throws Exception {
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		int calls = this.gate.calls();
		String six = String.join(",", Collections.nCopies(6, "{\"text\": \"Hello\"}"));
		this.mvc.perform(api(token, "/api/v1/checks/batch", "{\"posts\": [" + six + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("at most 5 posts")));
		String large = "{\"text\": \"" + "c".repeat(20_000) + "\"}";
		this.mvc.perform(api(token, "/api/v1/checks/batch", "{\"posts\": [" + large + ", " + large + "]}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:membercomms:problem:batch-too-large"))
			.andExpect(jsonPath("$.detail", containsString("at most 30,000 characters in all; these hold 40,000")));
		assertThat(this.gate.calls()).as("no check runs").isEqualTo(calls);
	}

	@Test
	void refusesABodyOverTheCapByItsContentLengthWithoutReadingIt() throws Exception {
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		int calls = this.gate.calls();
		// 70,000 characters is under the 100 KB post limit, but the body is over the 64
		// KB cap
		this.mvc.perform(api(token, "/api/v1/checks", "{\"text\": \"" + "d".repeat(70_000) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:membercomms:problem:body-too-large"))
			.andExpect(jsonPath("$.detail", containsString("over 65,536 bytes")));
		assertThat(this.gate.calls()).as("no check runs").isEqualTo(calls);
	}

	@Test
	void capsAChunkedBodyWithoutContentLengthWhileReadingIt() throws Exception {
		String token = new ApiTokensTestSupport(this.tokens).tokenFor("member");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> small = http.send(chunked(token, "{\"text\": \"A short post, sent in chunks\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
		assertThat(small.body()).contains("\"verdict\"");
		int calls = this.gate.calls();
		HttpResponse<String> large = http.send(chunked(token, "{\"text\": \"" + "e".repeat(70_000) + "\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
		assertThat(large.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(large.body()).contains("urn:membercomms:problem:body-too-large").doesNotContain("eeee");
		assertThat(this.gate.calls()).as("no check runs").isEqualTo(calls);
	}

	private HttpRequest chunked(String token, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		// a body from a stream has no Content-Length: it is sent chunked
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/checks"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
	}

	private static MockHttpServletRequestBuilder checkOnPage(String draft) {
		return post("/check").with(user("democratic").roles("DEMOCRATIC_SERVICES"))
			.with(csrf())
			.param("text", draft)
			.param("image", "NONE")
			.param("channel", "PERSONAL");
	}

	private static MockHttpServletRequestBuilder api(String token, String path, String json) {
		return post(path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	/**
	 * A gate in front of the checker: counts every check that reaches it and, while
	 * holding, keeps checks inside until released.
	 */
	static class Gate {

		private final AtomicInteger calls = new AtomicInteger();

		private volatile CountDownLatch entered = new CountDownLatch(0);

		private volatile CountDownLatch released = new CountDownLatch(0);

		CountDownLatch hold(int checks) {
			this.released = new CountDownLatch(1);
			this.entered = new CountDownLatch(checks);
			return this.entered;
		}

		void release() {
			this.released.countDown();
		}

		int calls() {
			return this.calls.get();
		}

		void pass() {
			this.calls.incrementAndGet();
			this.entered.countDown();
			try {
				this.released.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GatedChecker {

		@Bean
		Gate gate() {
			return new Gate();
		}

		@Bean
		@Primary
		DraftChecker gatedChecker(PostChecker checker, Gate gate) {
			return (post, context) -> {
				gate.pass();
				return checker.check(post, context);
			};
		}

	}

}
