package org.membercomms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataBetweenRuns() throws Exception {
		try (EmbeddedPostgres first = new EmbeddedDatabase(this.dataDir, false).start()) {
			execute(first, "create table note (text varchar(100)); insert into note values ('kept')");
		}
		try (EmbeddedPostgres second = new EmbeddedDatabase(this.dataDir, false).start()) {
			assertThat(noteIn(second)).isEqualTo("kept");
		}
	}

	@Test
	void recoversWhenTheLastRunWasKilled() throws Exception {
		Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledRun.class.getName(), this.dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(run.getInputStream()))) {
			assertThat(output.lines().filter(line -> line.equals(KilledRun.READY)).findFirst()).isPresent();
		}
		run.destroyForcibly().waitFor(); // SIGKILL: nothing is closed
		// The postmaster and its postmaster.pid outlive the killed JVM.
		assertThat(EmbeddedDatabase.leftoverPostmaster(this.dataDir)).isPresent();

		try (EmbeddedPostgres restarted = new EmbeddedDatabase(this.dataDir, false).start()) {
			assertThat(noteIn(restarted)).isEqualTo("committed");
		}
	}

	/** A run that commits a row, says it is ready, and waits to be killed. */
	static final class KilledRun {

		static final String READY = "ready to be killed";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = new EmbeddedDatabase(Path.of(args[0]), false).start();
			execute(postgres, "create table note (text varchar(100)); insert into note values ('committed')");
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

	@Test
	void runsDurably() throws Exception {
		try (EmbeddedPostgres durable = new EmbeddedDatabase(this.dataDir, false).start()) {
			assertThat(setting(durable, "fsync")).isEqualTo("on");
			assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void ignoresAPidFileThatNamesNoPostgresProcess() throws IOException {
		Files.writeString(this.dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
		assertThat(EmbeddedDatabase.leftoverPostmaster(this.dataDir)).isEmpty();
		Files.writeString(this.dataDir.resolve("postmaster.pid"), "not a pid\n");
		assertThat(EmbeddedDatabase.leftoverPostmaster(this.dataDir)).isEmpty();
	}

	private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String noteIn(EmbeddedPostgres postgres) throws SQLException {
		return query(postgres, "select text from note");
	}

	private static String setting(EmbeddedPostgres postgres, String name) throws SQLException {
		return query(postgres, "show " + name);
	}

	private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
