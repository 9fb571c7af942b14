package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code SPRING_DATASOURCE_URL} set, MemberComms starts no embedded database and
 * Flyway migrates the external one: here a throw-away cluster of Debian's PostgreSQL
 * server (package {@code postgresql}, which .ci/run installs). Skipped with a notice
 * where it is not installed.
 */
class ExternalDatabaseTest {

	private Path cluster;

	private int port;

	@BeforeEach
	void startExternalPostgres() throws Exception {
		Path bin = serverBinaries();
		this.cluster = Files.createTempDirectory("membercomms-external-pg");
		this.port = freePort();
		if (runningAsRoot()) {
			run(List.of("chown", "postgres:postgres", this.cluster.toString()));
		}
		run(asPostgres(bin.resolve("initdb").toString(), "-D", this.cluster.resolve("data").toString(), "-U",
				"postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
		run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", this.cluster.resolve("data").toString(), "-l",
				this.cluster.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.cluster + " -c listen_addresses=127.0.0.1", "-w", "start"));
	}

	@AfterEach
	void stopExternalPostgres() throws Exception {
		if (this.cluster == null) {
			return;
		}
		Path bin = serverBinaries();
		run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", this.cluster.resolve("data").toString(), "-m", "fast",
				"-w", "stop"));
		try (Stream<Path> files = Files.walk(this.cluster)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	@Test
	void migratesTheExternalDatabaseAndStartsNoEmbeddedOne() {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MemberCommsApplication.class)
			.properties("server.port=0", "spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.port + "/postgres",
					"spring.datasource.username=postgres", "spring.datasource.password=")
			.run()) {
			assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
				.isEqualTo(String.valueOf(this.port));
			assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
				.query(String.class)
				.list()).startsWith("1");
			assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
		}
	}

	private static Path serverBinaries() throws IOException {
		String configured = System.getProperty("membercomms.postgres-bin");
		if (configured != null) {
			return Path.of(configured);
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				var found = versions.map(version -> version.resolve("bin"))
					.filter(bin -> Files.isExecutable(bin.resolve("initdb")))
					.max(Comparator.naturalOrder());
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		String notice = "External database test skipped: no PostgreSQL server under /usr/lib/postgresql "
				+ "(install Debian's postgresql, as .ci/run does)";
		System.err.println("NOTICE: " + notice);
		Assumptions.abort(notice);
		throw new IllegalStateException("unreachable");
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static List<String> asPostgres(String... command) {
		List<String> full = new ArrayList<>();
		if (runningAsRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(() -> String.join(" ", command) + "\n" + output).isZero();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
