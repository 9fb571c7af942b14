package org.membercomms.training;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps assignments in line with the members directory and watches statuses once the
 * application is ready; then every {@code membercomms.training.reconcile-every} (default
 * an hour) does that again and queues the reminders owed. Every step is idempotent and
 * safe on several instances; the job also runs once a period across them (ADR 22).
 */
@Configuration(proxyBeanMethods = false)
class TrainingSchedule {

	private final StatusWatch watch;

	private final Reminders reminders;

	TrainingSchedule(StatusWatch watch, Reminders reminders) {
		this.watch = watch;
		this.reminders = reminders;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		this.watch.watch();
	}

	/**
	 * Reconciles and queues the reminders owed. The lock is held for a whole period from
	 * the start of a run, so the instance whose turn comes first after it runs the job,
	 * and the others, started at other times, skip it: once a period, whatever the number
	 * of instances.
	 */
	@Scheduled(fixedDelayString = "${membercomms.training.reconcile-every:PT1H}",
			initialDelayString = "${membercomms.training.reconcile-every:PT1H}")
	@SchedulerLock(name = "training-reminders", lockAtMostFor = "${membercomms.training.reconcile-every:PT1H}",
			lockAtLeastFor = "${membercomms.training.reconcile-every:PT1H}")
	void regularly() {
		this.reminders.send();
	}

}
