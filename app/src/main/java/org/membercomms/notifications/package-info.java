/**
 * Email that must reach people: an outbox in PostgreSQL, written by
 * {@link org.membercomms.notifications.Notifications} in the transaction of the change
 * that causes the email, and a scheduled sender that claims each email before sending it,
 * retries failures a few times and never sends an email twice. Without a mail server
 * ({@code spring.mail.host} unset) emails are written to the log instead, for trying the
 * service out. Depends on {@code system} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.membercomms.notifications;
