package org.membercomms.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.membercomms.MemberCommsTest;
import org.membercomms.system.CouncilTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender against the real database, with a mail server that fails when told
 * to.
 */
@MemberCommsTest
class EmailSenderTest {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	final JavaMailSender mailServer = mock(JavaMailSender.class);

	MovableClock clock;

	EmailSender sender;

	@BeforeEach
	void sendOnlyOursFromNowOn() {
		// Emails other tests queued are not this test's business.
		this.jdbc.sql("update email_outbox set status = 'FAILED' where status = 'PENDING'").update();
		this.clock = new MovableClock();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("mailServer", this.mailServer);
		this.sender = new EmailSender(this.outbox, beans.getBeanProvider(JavaMailSender.class),
				new NotificationSettings("MemberComms <no-reply@example.org>", Duration.ofSeconds(10), 3,
						Duration.ofMinutes(1), Duration.ofMinutes(10)),
				this.transactions, this.clock);
	}

	@Test
	void sendsAnEmailOnceAndNeverAgain() {
		UUID id = queue();
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(this.sender.sendDue()).isZero();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.sender.sendDue()).isZero();
		verify(this.mailServer, times(1)).send(any(MimeMessagePreparator.class));
		assertThat(status(id)).isEqualTo("SENT");
	}

	@Test
	void retriesAfterAFailureAndGivesUpAfterTheLastAttempt() {
		doThrow(new MailSendException("mail server down")).doNothing()
			.when(this.mailServer)
			.send(any(MimeMessagePreparator.class));
		UUID id = queue();
		assertThat(this.sender.sendDue()).isZero();
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(this.sender.sendDue()).as("not due again yet").isZero();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(status(id)).isEqualTo("SENT");

		doThrow(new MailSendException("mail server down")).when(this.mailServer).send(any(MimeMessagePreparator.class));
		UUID failing = queue();
		for (int attempt = 1; attempt <= 3; attempt++) {
			this.sender.sendDue();
			this.clock.advance(Duration.ofHours(1));
		}
		assertThat(status(failing)).isEqualTo("FAILED");
	}

	@Test
	void sendsAgainAnEmailLeftHalfwayThroughSendingOnceItsClaimIsOld() {
		UUID id = queue();
		// A sender claims the email, then its instance stops before it marks the email
		// sent.
		this.transactions
			.execute(status -> this.outbox.claimNextDue(this.clock.instant(), this.clock.instant().minusSeconds(600)));
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.sender.sendDue()).as("another instance may still be sending it").isZero();
		assertThat(status(id)).isEqualTo("SENDING");
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(status(id)).isEqualTo("SENT");
		verify(this.mailServer, times(1)).send(any(MimeMessagePreparator.class));
	}

	@Test
	void leavesTheOutboxToTheInstanceThatHoldsItsLock() {
		EmailSender scheduled = this.context.getBean(EmailSender.class);
		UUID id = queue();
		this.jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('email-outbox', timezone('utc', now()) + interval '1 minute', timezone('utc', now()), 'another')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
			.update();
		try {
			scheduled.sendRegularly();
			assertThat(attempts(id)).as("another instance is sending the outbox").isZero();
		}
		finally {
			this.jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'email-outbox'")
				.update();
		}
		scheduled.sendRegularly();
		assertThat(attempts(id)).as("its lock ended: this instance sends").isEqualTo(1);
	}

	@Test
	void eachEmailHasAMessageIdFromItsRowInTheSendersDomain() {
		OutboxEmail email = new OutboxEmail(UUID.fromString("0b6f3f1e-4f43-4a55-9a8e-0f6c1d2e3a4b"), "a@example.org",
				"Hello", "Text", 1);
		assertThat(this.sender.messageId(email)).isEqualTo("<outbox-0b6f3f1e-4f43-4a55-9a8e-0f6c1d2e3a4b@example.org>");
	}

	private UUID queue() {
		return this.transactions.execute(status -> this.notifications.email("someone@example.org", "Hello", "Text"));
	}

	private int attempts(UUID id) {
		return this.jdbc.sql("select attempts from email_outbox where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from email_outbox where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** A clock the test moves on; it starts at the real time. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.now().plusSeconds(5);

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return CouncilTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
