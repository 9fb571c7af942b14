/**
 * Mandatory training for Members: the requirements Democratic Services define and their
 * assignment to Members as the members directory changes ({@code Requirements}), each
 * Member's record and status computed from dates ({@code TrainingRecords}), completions
 * and certificates ({@code Completions}, {@code Certificates}), the e-learning and its
 * quiz ({@code ELearning}), sessions with bookings, a waiting list and an attendance
 * register ({@code Sessions}), and the committee report ({@code TrainingReports}). A
 * status watch publishes {@link org.membercomms.training.TrainingStatusChanged}; the
 * reminders hear it to tell a group leader when a Member becomes overdue or expired, and
 * remind Members by email (through {@code notifications}) and on their home page
 * ({@link org.membercomms.system.Banner}). Shows each Member's status in the directory
 * through {@link org.membercomms.members.MemberFacts}. Every SQL statement is in a
 * {@code *Repository}; pages, forms, navigation and who may do what are in the
 * {@code web} sub-package. Depends on {@code members}, {@code notifications},
 * {@code audit}, {@code system} and, for the facilitators a session form offers,
 * {@code accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.membercomms.training;
