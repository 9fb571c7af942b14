package org.membercomms.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL over a data directory.
 * <p>
 * A durable database (the default run) keeps {@code fsync} and {@code synchronous_commit}
 * on, keeps its files between runs, and recovers when the previous run was killed: a
 * postmaster left running from that run is stopped before the new one starts. An
 * ephemeral database (the tests) starts from an empty directory with durability off.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private final Path dataDirectory;

	private final boolean ephemeral;

	EmbeddedDatabase(Path dataDirectory, boolean ephemeral) {
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
		this.ephemeral = ephemeral;
	}

	EmbeddedPostgres start() throws IOException {
		Files.createDirectories(this.dataDirectory);
		if (!this.ephemeral) {
			stopLeftoverPostmaster(this.dataDirectory);
		}
		String durability = this.ephemeral ? "off" : "on";
		log.info("Starting embedded PostgreSQL in {} ({})", this.dataDirectory,
				this.ephemeral ? "throw-away" : "durable");
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(this.ephemeral)
			.setServerConfig("fsync", durability)
			.setServerConfig("synchronous_commit", durability)
			.setServerConfig("full_page_writes", durability)
			.setServerConfig("max_connections", "50")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	/**
	 * Stops a postmaster that a killed run left behind on this data directory, if its
	 * {@code postmaster.pid} names a live PostgreSQL process.
	 * @param dataDirectory the data directory
	 */
	static void stopLeftoverPostmaster(Path dataDirectory) {
		leftoverPostmaster(dataDirectory).ifPresent(postmaster -> {
			log.warn("Stopping PostgreSQL process {} left running by an earlier run", postmaster.pid());
			postmaster.destroy(); // SIGTERM: a "smart" shutdown that keeps the data
									// consistent
			if (!waitForExit(postmaster)) {
				postmaster.destroyForcibly();
				waitForExit(postmaster);
			}
		});
	}

	static Optional<ProcessHandle> leftoverPostmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty() || lines.get(0).isBlank()) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedDatabase::isPostgres);
		}
		catch (IOException | NumberFormatException ex) {
			log.warn("Could not read {}: {}", pidFile, ex.getMessage());
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static boolean waitForExit(ProcessHandle process) {
		try {
			process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

}
