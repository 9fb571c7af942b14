package org.membercomms.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry in the audit trail.
 *
 * @param id the entry's number
 * @param occurredAt when the change was made
 * @param actor who made it: a username, or {@code system} for the application itself
 * @param recordType the kind of record ("member", "account")
 * @param recordId the record's id
 * @param action what happened ("created", "updated", "retired")
 * @param changes the fields that changed
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId, String action,
		List<FieldChange> changes) {
}
