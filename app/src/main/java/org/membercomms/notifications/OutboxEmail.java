package org.membercomms.notifications;

import java.util.UUID;

/**
 * An email in the outbox.
 *
 * @param id the email's id
 * @param recipient the address
 * @param subject the subject line
 * @param body the plain text
 * @param attempts how many times sending has been tried, this one included once claimed
 */
record OutboxEmail(UUID id, String recipient, String subject, String body, int attempts) {

	@Override
	public String toString() {
		return "OutboxEmail[" + this.id + "]"; // the body may hold a one-time link
	}

}
