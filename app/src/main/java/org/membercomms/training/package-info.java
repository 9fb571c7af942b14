/**
 * Mandatory training for Members: the requirements Democratic Services define (a course,
 * who must take it, how long a completion stays valid), their assignment to Members as
 * the members directory changes, each Member's status computed from dates, completions
 * with their history, the e-learning and its quiz, sessions with bookings, a waiting list
 * and an attendance register, certificates, the committee report, and reminders with
 * escalation to group leaders by email (through {@code notifications}) and on the
 * Member's home page ({@link org.membercomms.system.Banner}). Shows each Member's status
 * in the directory through {@link org.membercomms.members.MemberFacts} and publishes
 * events ({@link org.membercomms.training.TrainingStatusChanged}). Depends on
 * {@code members}, {@code notifications}, {@code audit} and {@code system}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.membercomms.training;
