package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Migrations run in one sequence and are never edited once landed (ADR 21). When a new
 * migration lands, add its name and SHA-256 here.
 */
class MigrationsTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

	private static final Map<String, String> LANDED = landed();

	private static Map<String, String> landed() {
		Map<String, String> landed = new LinkedHashMap<>();
		landed.put("V1__create_accounts.sql", "3926518d89cd8c86c07c0f45ec3d366a4167335eb7f196c7e89b7cfb07dcdf1c");
		landed.put("V2__create_audit_trail.sql", "0851b89d6aae79d7ff2fde934481b0159e25fd1aa0ab403e0b220801ad5b4053");
		landed.put("V3__create_members_directory.sql",
				"7b73c2796ffd10fcd025300b08569db8ca5ed15b7331bac8bcdbe1045ae94486");
		landed.put("V4__create_policy_documents.sql",
				"f7c5330e549ffaa2c33f443778cdef1486f8771cdd557be58ab3363f917b41aa");
		landed.put("V10__extend_accounts.sql", "3626d94d0d90e6be44dc4665b26165b988a40095dae7f4b52b89331ca32dcd8f");
		landed.put("V11__create_email_outbox.sql", "a3b68d86d1e8046465f2d68b79366eabfdbbfac32541cd8d0b6a65ba55cb6c6a");
		landed.put("V12__add_account_session_generation.sql",
				"42583e670c3bd5a78bf2b05d3bf25c8fd6e1bf1c96b2df9b7a45e1572cc38dc9");
		landed.put("V13__add_account_totp_last_step.sql",
				"d4bd620095ee8ab23f706ccc4fc6bdfd8b2e59c3adc64273d0409720b82a1909");
		landed.put("V20__create_training.sql", "71dd361b5fc7b43371d182a3016a449328f8f9da1d94ccbf74e0d5c05cec3af8");
		landed.put("V21__add_email_outbox_claimed_at.sql",
				"420416926122d2e6103cc1cb92b54a1b4ba9f977e709756447595105ae91f252");
		landed.put("V22__create_training_reminders.sql",
				"e0a11b5c6abc6deb455987280972a01fe1796e1b83eb7c5b1f14b901bd41f0fd");
		landed.put("V30__create_post_checks.sql", "f11fb17aa2144fa461d9ff18e58a36c35def02dde12096b3efd78dec1a1dafc8");
		landed.put("V31__create_check_rate_window.sql",
				"0ff4dbb776aa2825d79966c55b92f42038f9188cf9c8e6954e4c17c7431b9a1f");
		landed.put("V32__store_archive_posts.sql", "dc5e0dce6fa6f5ef6345c50e289a2b4411a3f65a0a6bdc70c161ef86e30fcf84");
		landed.put("V33__create_shedlock.sql", "7ef8016b60fd649ebb63dbe245d598b076c9257bf8933d8c820dfab1dc299117");
		landed.put("V34__create_communications_plan.sql",
				"ccdbd89a9f90ae89df12e0e39dea56be70d53495899d3c6662e74ca1d23d5b9f");
		landed.put("V35__create_elections.sql", "fadfb8c6a1c23bfb45c2aa095b226d8858fa0245c677f98dc7f697ac2555e6aa");
		landed.put("V36__create_plan_calendar_feeds.sql",
				"9c4b29906ec14585ac0e7eb9d98d72dc50bf3351258b0dfc94b07a8345235d4e");
		landed.put("V37__mark_plan_items_for_pre_election_periods.sql",
				"5a55551e219e6e7b72265aebca25d38a2a9f4000d5b1aa847c2ce2eb618b83b6");
		return landed;
	}

	@Test
	void neverEditsALandedMigration() throws IOException {
		for (Map.Entry<String, String> migration : LANDED.entrySet()) {
			Path file = MIGRATIONS.resolve(migration.getKey());
			assertThat(file).as("a landed migration is never renamed or removed").exists();
			assertThat(sha256(file)).as("%s changed after it landed: add a new migration instead", migration.getKey())
				.isEqualTo(migration.getValue());
		}
	}

	@Test
	void numbersANewMigrationAboveEveryLandedOne() throws IOException {
		int highestLanded = LANDED.keySet().stream().mapToInt(MigrationsTest::version).max().orElseThrow();
		for (String name : names()) {
			assertThat(name).as("a migration's name is V<number>__<verb>_<object>.sql").matches(NAME);
			if (!LANDED.containsKey(name)) {
				assertThat(version(name)).as("%s must take a number above V%d", name, highestLanded)
					.isGreaterThan(highestLanded);
			}
		}
	}

	@Test
	void givesEachVersionOneMigration() throws IOException {
		List<Integer> versions = names().stream().map(MigrationsTest::version).toList();
		assertThat(versions).doesNotHaveDuplicates();
	}

	private static List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static int version(String name) {
		Matcher matcher = NAME.matcher(name);
		assertThat(matcher.matches()).as(name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
