package org.membercomms.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the emails in the outbox, one at a time: each is claimed (and the claim
 * committed) before it is handed to the mail server, then marked sent or, after a
 * failure, due again later. Without a mail server the email is written to the log.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private final EmailOutbox outbox;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EmailSender(EmailOutbox outbox, ObjectProvider<JavaMailSender> mailServer, NotificationSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.mailServer = mailServer;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends every email that is due.
	 * @return how many were sent
	 */
	@Scheduled(fixedDelayString = "${membercomms.notifications.send-every:10s}",
			initialDelayString = "${membercomms.notifications.send-every:10s}")
	int sendDue() {
		int sent = 0;
		Optional<OutboxEmail> next;
		while ((next = this.transactions.execute(status -> this.outbox.claimNextDue(this.clock.instant())))
			.isPresent()) {
			if (send(next.get())) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(OutboxEmail email) {
		try {
			deliver(email);
			this.transactions.executeWithoutResult(status -> this.outbox.markSent(email.id(), this.clock.instant()));
			return true;
		}
		catch (MailException ex) {
			Instant retryAt = (email.attempts() < this.settings.maxAttempts())
					? this.clock.instant().plus(this.settings.waitAfter(email.attempts())) : null;
			log.warn("Could not send email {} (attempt {} of {}): {}", email.id(), email.attempts(),
					this.settings.maxAttempts(), ex.getMessage());
			this.transactions.executeWithoutResult(
					status -> this.outbox.markFailed(email.id(), String.valueOf(ex.getMessage()), retryAt));
			return false;
		}
	}

	private void deliver(OutboxEmail email) {
		JavaMailSender server = this.mailServer.getIfAvailable();
		if (server == null) {
			log.info("No mail server configured (spring.mail.host): email {} to {}\nSubject: {}\n\n{}", email.id(),
					email.recipient(), email.subject(), email.body());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(email.recipient());
		message.setSubject(email.subject());
		message.setText(email.body());
		server.send(message);
	}

}
