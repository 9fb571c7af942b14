package org.membercomms.notifications;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to notifications: queues an email in the outbox. It must be called
 * inside the transaction of the change that causes the email, so the email goes only if
 * the change is saved.
 */
@Service
public class Notifications {

	static final int SUBJECT_LENGTH = 200;

	private final OutboxRepository outbox;

	private final Clock clock;

	Notifications(OutboxRepository outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Queues a plain-text email.
	 * @param recipient the address to send to
	 * @param subject the subject line, shortened to {@value #SUBJECT_LENGTH} characters
	 * @param body the text
	 * @return the email's id in the outbox
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID email(String recipient, String subject, String body) {
		UUID id = UUID.randomUUID();
		String line = (subject.length() > SUBJECT_LENGTH) ? subject.substring(0, SUBJECT_LENGTH - 1) + "…" : subject;
		this.outbox.add(new OutboxEmail(id, recipient, line, body, 0), this.clock.instant());
		return id;
	}

}
