package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches Members' statuses: compares each Member's status today with the one last seen,
 * stores the new one and publishes {@link TrainingStatusChanged} for each change, once.
 * The store is conditional on the status last seen, so when several instances watch at
 * once only one tells each change. {@link Escalations} hears the changes.
 */
@Service
class StatusWatch {

	private final Assignments assignments;

	private final TrainingRecords records;

	private final AssignmentRepository seen;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusWatch(Assignments assignments, TrainingRecords records, AssignmentRepository seen,
			ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.records = records;
		this.seen = seen;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Brings assignments in line with the directory, then tells each status change.
	 * @return the changes seen
	 */
	@Transactional
	List<TrainingStatusChanged> watch() {
		this.assignments.reconcile();
		LocalDate today = LocalDate.now(this.clock);
		Map<Enrolment, TrainingStatus> lastSeen = this.seen.statusesLastSeen();
		List<TrainingStatusChanged> changes = new ArrayList<>();
		for (TrainingRecord record : this.records.all()) {
			TrainingStatus before = lastSeen.get(record.enrolment());
			if (record.status() == before || !this.seen.markSeen(record.enrolment(), before, record.status())) {
				continue;
			}
			TrainingStatusChanged change = new TrainingStatusChanged(record.member().memberId(),
					record.requirement().id(), record.requirement().course(), before, record.status(), today);
			changes.add(change);
			this.events.publishEvent(change);
		}
		return changes;
	}

}
