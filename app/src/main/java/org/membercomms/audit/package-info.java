/**
 * The append-only audit trail: for every change to a council record, who made it, when,
 * which record and what changed (each field before and after; for a secret only that it
 * changed). Other modules call {@link org.membercomms.audit.AuditTrail} directly, inside
 * the transaction of the change, so a change and its entry are saved together or not at
 * all. Administrators browse and filter the trail at {@code /audit} ({@code audit.web}).
 * A shared module: it depends on {@code system} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.membercomms.audit;
