package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.membercomms.MemberCommsTest;
import org.membercomms.TestMail;
import org.membercomms.checker.Context;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.notifications.Notifications;
import org.membercomms.postcheck.DraftChecker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archive scans on their own threads, on their real schedule: a scan held inside the
 * checker (as a long or pathological archive holds it) neither delays an email nor loses
 * its claim to another instance. The outbox and the scans are looked at every 200 ms
 * here, and a lease lasts 3 seconds.
 */
@MemberCommsTest
@TestPropertySource(properties = { "membercomms.notifications.send-every=200ms",
		"membercomms.postcheck.scan-every=200ms", "membercomms.postcheck.scan-lease=3s" })
@Import(ArchiveScanThreadsTest.HeldChecks.class)
class ArchiveScanThreadsTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(TestMail.smtp()).withPerMethodLifecycle(false);

	/**
	 * A post with this in its text is held inside the checker until the test lets it go.
	 */
	static final String HELD = "held in the checker";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	HeldCheck held;

	@Autowired
	Notifications notifications;

	@Autowired
	ArchiveScanRepository repository;

	@Autowired
	ArchiveScanSettings settings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void letGo() {
		this.held.release();
	}

	@Test
	void sendsAnEmailQueuedDuringALongScanBeforeTheScanEnds() throws Exception {
		this.held.hold();
		UUID scan = upload();
		this.held.awaitHolding();

		this.transactions.executeWithoutResult(status -> this.notifications.email("during.a.scan@example.org",
				"Set your password", "A link queued while a scan runs"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(mail.getReceivedMessagesForDomain("during.a.scan@example.org")).hasSize(1));
		assertThat(statusOf(scan)).as("the scan is still held inside the checker").isEqualTo("SCANNING");

		this.held.release();
		await().atMost(PATIENCE).until(() -> "DONE".equals(statusOf(scan)));
	}

	@Test
	void renewsTheClaimOfARunningScanSoThatNoOtherInstanceTakesItOver() throws Exception {
		this.held.hold();
		UUID scan = upload();
		this.held.awaitHolding();
		String worker = claimedBy(scan);
		Instant first = claimedAt(scan);

		await().atMost(PATIENCE).until(() -> claimedAt(scan).isAfter(first));
		// longer than a lease since the claim: without renewals, it would have lapsed
		Instant lapsed = first.plus(this.settings.scanLease()).plusSeconds(1);
		await().atMost(PATIENCE).until(() -> this.clock.instant().isAfter(lapsed));
		assertThat(claimedAt(scan)).isAfter(this.clock.instant().minus(this.settings.scanLease()));
		Optional<ArchiveScanRepository.Claim> other = this.transactions.execute(status -> {
			status.setRollbackOnly();
			Instant now = this.clock.instant();
			return this.repository.claim("another instance", now, now.minus(this.settings.scanLease()));
		});
		assertThat(other).as("another instance finds no scan to take over").isEmpty();

		this.held.release();
		await().atMost(PATIENCE).until(() -> "DONE".equals(statusOf(scan)));
		assertThat(claimedBy(scan)).as("the worker that began it finished it").isEqualTo(worker);
	}

	private UUID upload() throws Exception {
		byte[] csv = ("Date,Text\n2025-01-06,\"Thank you to everyone at the ward surgery.\"\n2025-01-07,\"" + HELD
				+ ", a long post.\"\n")
			.getBytes(StandardCharsets.UTF_8);
		String location = this.mvc
			.perform(multipart("/check/archive").file(new MockMultipartFile("file", "posts.csv", "text/csv", csv))
				.with(user("member").roles("MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private String statusOf(UUID scan) {
		return this.jdbc.sql("select status from archive_scan where id = :id")
			.param("id", scan)
			.query(String.class)
			.single();
	}

	private String claimedBy(UUID scan) {
		return this.jdbc.sql("select claimed_by from archive_scan where id = :id")
			.param("id", scan)
			.query(String.class)
			.single();
	}

	private Instant claimedAt(UUID scan) {
		return this.jdbc.sql("select claimed_at from archive_scan where id = :id")
			.param("id", scan)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/**
	 * The checker, except that it holds a post marked {@link #HELD} until released.
	 */
	static final class HeldCheck implements DraftChecker {

		private final PostChecker checker;

		private final AtomicReference<CountDownLatch> holding = new AtomicReference<>(new CountDownLatch(1));

		private final AtomicReference<CountDownLatch> released = new AtomicReference<>(new CountDownLatch(0));

		HeldCheck(PostChecker checker) {
			this.checker = checker;
		}

		void hold() {
			this.holding.set(new CountDownLatch(1));
			this.released.set(new CountDownLatch(1));
		}

		void awaitHolding() throws InterruptedException {
			assertThat(this.holding.get().await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
				.as("a scan reached the held post")
				.isTrue();
		}

		void release() {
			this.released.get().countDown();
		}

		@Override
		public Report check(Post post, Context context) {
			if (post.text().contains(HELD)) {
				this.holding.get().countDown();
				try {
					this.released.get().await(2 * PATIENCE.toSeconds(), TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return this.checker.check(post, context);
		}

	}

	@TestConfiguration
	static class HeldChecks {

		@Bean
		@Primary
		HeldCheck heldCheck(PostChecker checker) {
			return new HeldCheck(checker);
		}

	}

}
