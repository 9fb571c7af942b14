package org.membercomms.audit;

import java.time.Clock;
import java.util.List;

import org.membercomms.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes entries to the audit trail. It must be called inside the transaction of the
 * change it records ({@link Propagation#MANDATORY}), so that the change and its entry
 * commit or roll back together.
 */
@Service
public class AuditTrail {

	private final AuditRepository trail;

	private final Clock clock;

	AuditTrail(AuditRepository trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Records a change made by whoever is signed in (or by the system itself).
	 * @param recordType the kind of record
	 * @param recordId the record's id
	 * @param action what happened
	 * @param changes what changed; an update that changed nothing should not be recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String recordType, Object recordId, String action, List<FieldChange> changes) {
		this.trail.append(this.clock.instant(), Actors.current(), recordType, String.valueOf(recordId), action,
				changes);
	}

}
