package org.membercomms.postcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.audit.AuditTrail;
import org.membercomms.postcheck.PostCheckSettings;
import org.membercomms.postcheck.PostChecks;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Reviewing past posts: upload, the background scan (claimed with SKIP LOCKED, resumed
 * after a worker stops), the list newest first, the CSV that deletes the report, and the
 * purge after 7 days.
 */
@MemberCommsTest
class ArchiveScanTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArchiveScanWorker worker;

	@Autowired
	ArchiveScans scans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArchiveScanRepository repository;

	@Autowired
	ArchiveScanSettings scanSettings;

	@Autowired
	MultipartConfigElement multipart;

	@Autowired
	PostChecks checks;

	@Autowired
	PostCheckSettings settings;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@BeforeEach
	void noScanWaits() {
		while (this.worker.scanNext()) {
			// finish whatever another test left
		}
	}

	@Test
	void scansAnUploadInTheBackgroundAndListsPostsWorthReviewingNewestFirst() throws Exception {
		String location = upload("tweets.js");
		this.mvc.perform(get(location).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Checking your posts")))
			.andExpect(content().string(containsString("0 of 3 posts checked")))
			.andExpect(content().string(containsString("Refresh to see progress")));
		assertThat(this.worker.scanNext()).isTrue();
		String page = this.mvc.perform(get(location).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We checked 3 posts. 2 are worth a second look.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("shut your mouth")).isLessThan(page.indexOf("07912 345678"));
		assertThat(page).doesNotContain("litter pick");
		assertThat(this.jdbc.sql("select count(*) from archive_post where scan_id = :id")
			.param("id", idOf(location))
			.query(Long.class)
			.single()).as("the posts are dropped when the scan ends").isZero();
	}

	@Test
	void downloadsTheReportAsCsvAndThenDeletesIt() throws Exception {
		String location = upload("posts.csv");
		this.worker.scanNext();
		String csv = this.mvc.perform(get(location + "/report.csv").with(member()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().toList()).hasSize(3);
		assertThat(csv.lines().toList().get(0)).isEqualTo("date,verdict,categories,text");
		assertThat(csv.lines().toList().get(1)).startsWith("2025-01-07T12:00:00Z,HIGH_RISK,")
			.contains("shut your mouth");
		assertThat(csv.lines().toList().get(2)).contains("07912 345678");
		this.mvc.perform(get(location).with(member())).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from archive_finding where scan_id = :id")
			.param("id", idOf(location))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void readsEveryFormatThroughTheUploadAndRefusesOthersNamingTheFormats() throws Exception {
		for (String sample : List.of("your_posts_1.json", "outbox.json")) {
			String location = upload(sample);
			this.worker.scanNext();
			this.mvc.perform(get(location).with(member()))
				.andExpect(content().string(containsString("are worth a second look")))
				.andExpect(content().string(containsString("07912 345678")));
		}
		this.mvc
			.perform(multipart("/check/archive")
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", ArchiveReaderTest.sample("notes.txt")))
				.with(member())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("tweets.js")))
			.andExpect(content().string(containsString("outbox.json")));
	}

	@Test
	void resumesAScanWhoseWorkerStoppedWhereItLeftOff() throws Exception {
		UUID id = idOf(upload("tweets.js"));
		// a worker on another instance claimed it, checked the first two posts, then died
		this.jdbc.sql("""
				update archive_scan set status = 'SCANNING', claimed_by = 'gone', claimed_at = :at, scanned = 2
				where id = :id""")
			.param("at", Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))))
			.param("id", id)
			.update();
		assertThat(this.worker.scanNext()).as("a fresh claim is left alone").isFalse();
		this.jdbc.sql("update archive_scan set claimed_at = :at where id = :id")
			.param("at", Timestamp.from(this.clock.instant().minus(this.scanSettings.scanLease()).minusSeconds(1)))
			.param("id", id)
			.update();
		assertThat(this.worker.scanNext()).isTrue();
		ArchiveScan scan = this.scans.find("member", id).orElseThrow();
		assertThat(scan.status()).isEqualTo(ArchiveScan.Status.DONE);
		assertThat(scan.scanned()).isEqualTo(3);
		assertThat(this.scans.worthReviewing("member", id)).as("only the third post was checked again")
			.extracting(ReviewedPost::text)
			.containsExactly("You stupid worthless idiot, shut your mouth.");
	}

	@Test
	void twoWorkersClaimingAtOnceNeverTakeTheSameScan() throws Exception {
		UUID first = idOf(upload("tweets.js"));
		UUID second = idOf(upload("posts.csv"));
		java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			// one worker claims a scan and holds its transaction (and the row lock) open
			java.util.concurrent.Future<UUID> held = pool.submit(() -> this.transactions.execute(status -> {
				UUID id = this.worker.claim().orElseThrow().id();
				claimed.countDown();
				await(release);
				return id;
			}));
			assertThat(claimed.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			// meanwhile another worker skips the locked row and takes the other scan
			UUID other = this.transactions.execute(status -> this.worker.claim().orElseThrow().id());
			release.countDown();
			assertThat(java.util.List.of(held.get(10, java.util.concurrent.TimeUnit.SECONDS), other))
				.containsExactlyInAnyOrder(first, second);
		}
		finally {
			release.countDown();
			pool.shutdown();
			// claimed but never run: remove them, so no later test finds them
			this.jdbc.sql("delete from archive_scan where id in (:ids)").param("ids", List.of(first, second)).update();
		}
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void purgesArchivesAfterSevenDays() throws Exception {
		UUID id = idOf(upload("outbox.json"));
		assertThat(purgeAt(this.clock.instant().plus(Duration.ofDays(6)))).isZero();
		assertThat(this.scans.find("member", id)).isPresent();
		assertThat(purgeAt(this.clock.instant().plus(Duration.ofDays(7)).plusSeconds(60))).isPositive();
		assertThat(this.scans.find("member", id)).isEmpty();
	}

	@Test
	void letsNobodyElseSeeAMembersScan() throws Exception {
		String location = upload("tweets.js");
		this.worker.scanNext();
		for (RequestPostProcessor other : List.of(user("monitoring").roles("MONITORING_OFFICER"),
				user("admin").roles("ADMIN"), user("comms").roles("COMMS_OFFICER"))) {
			this.mvc.perform(get(location).with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get(location + "/report.csv").with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get(location + "/progress").with(other)).andExpect(status().isNotFound());
		}
	}

	@Test
	void showsTheUploadLimitWhichIsAlsoTheLargestFileAnyFormTakes() throws Exception {
		assertThat(this.settings.archiveLimit()).isEqualTo(DataSize.ofMegabytes(50));
		assertThat(this.multipart.getMaxFileSize()).isEqualTo(this.settings.archiveLimit().toBytes());
		assertThat(this.multipart.getMaxRequestSize()).isEqualTo(this.settings.archiveLimit().toBytes());
		this.mvc.perform(get("/check/archive").with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file can be up to 50 MB.")));
	}

	@Test
	void refusesAFileLargerThanTheLimitBeforeReadingIt() {
		ArchiveScans small = new ArchiveScans(this.repository, this.checks,
				new PostCheckSettings(null, null, null, DataSize.ofKilobytes(1), null, null, null, null, null, null),
				this.audit, this.transactions, this.clock);
		byte[] file = new byte[1025];
		assertThatThrownBy(() -> small.upload("member", new ByteArrayInputStream(file), file.length))
			.isInstanceOf(UnreadableArchive.class)
			.hasMessageContaining("The file is larger than 1 KB");
	}

	@Test
	void checksOnlyTheFirstTenThousandCharactersOfAPostAndSaysSo() throws Exception {
		String csv = "date,text\n2025-01-07,Hello Linthorpe\n2025-01-08," + "Long. ".repeat(2000)
				+ "You stupid worthless idiot, shut your mouth.\n";
		String location = upload("long.csv", csv.getBytes(StandardCharsets.UTF_8));
		this.worker.scanNext();
		this.mvc.perform(get(location).with(member()))
			.andExpect(content().string(containsString("We checked 2 posts. 0 are worth a second look.")))
			.andExpect(content().string(containsString(
					"1 post was longer than 10,000 characters and only its first 10,000 were checked.")));
	}

	@Test
	void keepsNothingOfAnUploadThatTurnsOutUnreadableHalfWay() throws Exception {
		long scansBefore = count("archive_scan");
		long postsBefore = count("archive_post");
		StringBuilder tweets = new StringBuilder("window.YTD.tweets.part0 = [");
		for (int i = 0; i < 1200; i++) {
			tweets.append("{\"tweet\": {\"full_text\": \"Tweet ").append(i).append("\"}},");
		}
		tweets.append("{\"tweet\": {\"full_text\": \"cut off");
		this.mvc
			.perform(multipart("/check/archive")
				.file(new MockMultipartFile("file", "tweets.js", "application/octet-stream",
						tweets.toString().getBytes(StandardCharsets.UTF_8)))
				.with(member())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The file is not valid JSON")));
		assertThat(count("archive_scan")).isEqualTo(scansBefore);
		assertThat(count("archive_post")).as("the batches already stored are deleted").isEqualTo(postsBefore);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private int purgeAt(java.time.Instant when) {
		ArchiveScans later = new ArchiveScans(this.repository, this.checks, this.settings, this.audit,
				this.transactions, Clock.fixed(when, this.clock.getZone()));
		return this.transactions.execute(status -> later.purgeExpired());
	}

	private String upload(String sample) throws Exception {
		return upload(sample, ArchiveReaderTest.sample(sample));
	}

	private String upload(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/check/archive")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(member())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static UUID idOf(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static RequestPostProcessor member() {
		return user("member").roles("MEMBER");
	}

}
