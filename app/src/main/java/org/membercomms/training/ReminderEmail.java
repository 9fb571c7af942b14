package org.membercomms.training;

/**
 * A reminder, escalation or digest as an email.
 *
 * @param subject the subject line
 * @param body the plain-text body
 */
record ReminderEmail(String subject, String body) {
}
