package org.membercomms.system;

import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The locks of the scheduled jobs, one row per job in {@code shedlock} (ADR 22): an
 * instance runs a job marked {@code @SchedulerLock} only when it takes the job's row, so
 * a job due on several instances at once runs on one of them. The database's clock
 * decides when a lock ends, so the instances' clocks need not agree.
 */
@Repository
class JobLockRepository implements LockProvider {

	private final LockProvider locks;

	JobLockRepository(JdbcTemplate jdbc) {
		this.locks = new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

	@Override
	public Optional<SimpleLock> lock(LockConfiguration job) {
		return this.locks.lock(job);
	}

}
