package org.membercomms.postcheck.archive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test (its name keeps it out of the suite): times the scan of a
 * generated 50,000-post X archive end to end, through the real upload, worker and
 * PostgreSQL. Run it with
 * {@code mvn -pl app -am test -Dtest=ArchiveScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints.
 */
@MemberCommsTest
class ArchiveScanBenchmark {

	static final int POSTS = Integer.getInteger("membercomms.bench.posts", 50_000);

	private static final List<String> CLEAN = List.of(
			"Thank you to everyone who came to the %s ward surgery on Saturday. Next one is on the first Saturday of next month at the library.",
			"Great to see the new crossing on %s Road finally open. It took three years of asking, but residents made it happen.",
			"The council's budget consultation closes on Friday. Have your say on the plans for %s and the rest of the town.",
			"I voted against the car park charges at full council tonight. I think they will hurt the shops on %s Road.",
			"Litter pick in %s this Sunday from 10am. Bags and gloves provided, all welcome, bring the family!",
			"Planning application 24/0123/FUL for %s goes to committee next month. The papers are on the council website.");

	private static final List<String> RISKY = List.of(
			"Anyone who knows Dave from %s, his mobile is 07912 345678, tell him to ring me.",
			"You stupid worthless idiot from %s, shut your mouth.",
			"Councillor Smith is a corrupt crook who stole from the %s grant fund.");

	private static final List<String> PLACES = List.of("Linthorpe", "Acklam", "Marton", "Nunthorpe", "Hemlington",
			"Coulby Newham", "Park End", "Berwick Hills", "Ayresome", "Kader");

	@Autowired
	ArchiveScans scans;

	@Autowired
	ArchiveScanWorker worker;

	@Autowired
	JsonMapper json;

	@Test
	void scanFiftyThousandPosts() throws java.io.IOException {
		while (this.worker.scanNext()) {
			// nothing else may be waiting
		}
		byte[] archive = archive(POSTS);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("member", null, List.of()));
		SecurityContextHolder.setContext(context);
		long started = System.nanoTime();
		UUID id = this.scans.upload("member", new java.io.ByteArrayInputStream(archive), archive.length);
		long uploaded = System.nanoTime();
		this.worker.scanNext();
		long scanned = System.nanoTime();
		SecurityContextHolder.clearContext();
		ArchiveScan scan = this.scans.find("member", id).orElseThrow();
		Duration upload = Duration.ofNanos(uploaded - started);
		Duration scanning = Duration.ofNanos(scanned - uploaded);
		System.out.printf("BENCH archive: %d posts, %.1f MB; upload and parse %d ms; background scan %d ms "
				+ "(%.0f posts/s); total %d ms; status %s, %d of %d scanned, %d worth reviewing; %d processors%n",
				POSTS, archive.length / 1e6, upload.toMillis(), scanning.toMillis(), POSTS / (scanning.toNanos() / 1e9),
				upload.plus(scanning).toMillis(), scan.status(), scan.scanned(), scan.total(), scan.worthReviewing(),
				Runtime.getRuntime().availableProcessors());
	}

	private byte[] archive(int posts) {
		Random random = new Random(42);
		ArrayNode items = this.json.createArrayNode();
		Instant when = Instant.parse("2025-11-01T09:00:00Z");
		for (int i = 0; i < posts; i++) {
			List<String> kind = (random.nextInt(20) == 0) ? RISKY : CLEAN;
			String text = String.format(kind.get(random.nextInt(kind.size())),
					PLACES.get(random.nextInt(PLACES.size())));
			ObjectNode tweet = this.json.createObjectNode();
			tweet.put("id_str", Long.toString(1_700_000_000_000_000_000L + i));
			tweet.put("created_at",
					java.time.format.DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", java.util.Locale.ENGLISH)
						.format(when.minus(Duration.ofMinutes(37L * i)).atZone(java.time.ZoneOffset.UTC)));
			tweet.put("full_text", text + " #" + i);
			// what else a real archive carries for each tweet, which the reader skips
			tweet.put("source", "<a href=\"https://mobile.example/download\" rel=\"nofollow\">Phone app</a>");
			tweet.put("lang", "en");
			tweet.put("favorite_count", Integer.toString(random.nextInt(200)));
			tweet.put("retweet_count", Integer.toString(random.nextInt(50)));
			tweet.putArray("display_text_range").add("0").add(Integer.toString(text.length()));
			ObjectNode entities = tweet.putObject("entities");
			entities.putArray("hashtags").addObject().put("text", "Council").putArray("indices").add("0").add("8");
			entities.putArray("user_mentions");
			entities.putArray("urls");
			entities.putArray("symbols");
			items.addObject().set("tweet", tweet);
		}
		return ("window.YTD.tweets.part0 = " + this.json.writeValueAsString(items)).getBytes(StandardCharsets.UTF_8);
	}

}
