package org.membercomms.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the emails in the outbox, one at a time: each is claimed (and the claim
 * committed) before it is handed to the mail server, then marked sent or, after a
 * failure, due again later with a doubling wait. An email whose claim was abandoned (the
 * instance stopped mid-send) is sent again. Each email's Message-ID comes from its row,
 * so a repeat carries the same one. Without a mail server the email is written to the
 * log.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EmailSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailServer, NotificationSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.mailServer = mailServer;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends every email that is due, on the outbox's own thread, on one instance at a
	 * time (ADR 22). Should the instance stop mid-run, another takes the job over a
	 * minute later; a run longer than that may overlap with another instance's, which is
	 * safe, as each email is claimed by one.
	 */
	@Scheduled(fixedDelayString = "${membercomms.notifications.send-every:10s}",
			initialDelayString = "${membercomms.notifications.send-every:10s}", scheduler = OutboxThread.SCHEDULER)
	@SchedulerLock(name = "email-outbox", lockAtMostFor = "PT1M")
	void sendRegularly() {
		sendDue();
	}

	/**
	 * Sends every email that is due.
	 * @return how many were sent
	 */
	int sendDue() {
		int sent = 0;
		Optional<OutboxEmail> next;
		while ((next = this.transactions.execute(status -> this.outbox.claimNextDue(this.clock.instant(),
				this.clock.instant().minus(this.settings.abandonedAfter()))))
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
		server.send((MimeMessage message) -> {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.from());
			helper.setTo(email.recipient());
			helper.setSubject(email.subject());
			helper.setText(email.body());
			// JavaMailSenderImpl keeps a Message-ID set before sending.
			message.setHeader("Message-ID", messageId(email));
		});
	}

	/**
	 * @param email an email in the outbox
	 * @return its Message-ID, the same on every attempt
	 */
	String messageId(OutboxEmail email) {
		return "<outbox-" + email.id() + "@" + this.settings.domain() + ">";
	}

}
