package org.membercomms.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Scheduled jobs run once across instances (ADR 22): two instances, each with its own
 * scheduler and its own connection to one database, run a job due on both once; and every
 * {@code @Scheduled} job of the application, today's and the next modules', takes a lock
 * of its own.
 */
@MemberCommsTest
class ScheduledJobsTest {

	/**
	 * Scheduled methods that only hand over work whose rows are claimed one by one
	 * ({@code FOR UPDATE SKIP LOCKED}), so that several instances share it.
	 */
	private static final Set<String> SHARED_BY_CLAIMS = Set
		.of("org.membercomms.postcheck.archive.ArchiveScanWorker.scanWaiting()");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final JavaClasses application = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.membercomms");

	@Autowired
	DataSource database;

	@Test
	void runsAJobDueOnTwoInstancesAtOnceOnce() throws Exception {
		String job = "job-due-once-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch skipped = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(2);
		Instance first = new Instance("first", this.database);
		Instance second = new Instance("second", this.database);
		try {
			Instant at = Instant.now().plusMillis(200);
			for (Instance instance : List.of(first, second)) {
				instance.scheduler.schedule(() -> {
					boolean ran = instance.runs(job, () -> {
						runs.incrementAndGet();
						await(finish);
					});
					if (!ran) {
						skipped.countDown();
					}
					done.countDown();
				}, at);
			}
			assertThat(skipped.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
				.as("one instance found the job running on the other")
				.isTrue();
			finish.countDown();
			assertThat(done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
			assertThat(runs).hasValue(1);

			assertThat(second.runs(job, runs::incrementAndGet))
				.as("due a moment later on a clock behind the other's: it ran less than its least time ago")
				.isFalse();
			assertThat(runs).hasValue(1);
		}
		finally {
			finish.countDown();
			first.scheduler.shutdown();
			second.scheduler.shutdown();
		}
	}

	@Test
	void locksEveryScheduledJobAcrossInstances() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.and(DescribedPredicate.describe("do not only hand over work claimed row by row",
					(JavaMethod method) -> !SHARED_BY_CLAIMS.contains(method.getFullName())))
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("a scheduled job runs once across instances (ADR 22)")
			.check(this.application);
	}

	@Test
	void givesEachJobALockOfItsOwn() {
		Map<String, List<String>> jobsByLock = this.application.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(SchedulerLock.class))
			.collect(Collectors.groupingBy(method -> method.getAnnotationOfType(SchedulerLock.class).name(),
					Collectors.mapping(JavaMethod::getFullName, Collectors.toList())));
		assertThat(jobsByLock).isNotEmpty();
		jobsByLock.forEach((lock, jobs) -> assertThat(jobs).as("jobs sharing the lock %s", lock).hasSize(1));
	}

	@Test
	void switchesLockingOnOnce() {
		classes().that()
			.areAnnotatedWith(EnableSchedulerLock.class)
			.should()
			.resideInAPackage("org.membercomms.system")
			.check(this.application);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What one instance of the application has for its jobs: a scheduler of its own, and
	 * locks taken through a lock repository of its own on the shared database.
	 */
	private static final class Instance {

		final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

		private final LockingTaskExecutor locks;

		Instance(String name, DataSource database) {
			this.scheduler.setThreadNamePrefix(name + "-");
			this.scheduler.initialize();
			this.locks = new DefaultLockingTaskExecutor(new JobLockRepository(new JdbcTemplate(database)));
		}

		/**
		 * @return whether the job ran here, rather than being skipped as locked
		 */
		boolean runs(String job, Runnable task) {
			try {
				return this.locks.executeWithLock(() -> {
					task.run();
					return null;
				}, new LockConfiguration(ClockProvider.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(30)))
					.wasExecuted();
			}
			catch (Throwable ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
