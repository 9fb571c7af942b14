package org.membercomms.training;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps assignments in line with the members directory and watches statuses once the
 * application is ready; then every {@code membercomms.training.reconcile-every} (default
 * an hour) does that again and queues the reminders owed. Every step is idempotent and
 * safe on several instances.
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

	@Scheduled(fixedDelayString = "${membercomms.training.reconcile-every:PT1H}",
			initialDelayString = "${membercomms.training.reconcile-every:PT1H}")
	void regularly() {
		this.reminders.send();
	}

}
