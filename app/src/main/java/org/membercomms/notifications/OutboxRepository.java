package org.membercomms.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. A row goes PENDING → SENDING → SENT, or back to PENDING after a
 * failure, or FAILED after the last attempt. A row left SENDING by an instance that
 * stopped mid-send is claimed again once its claim is old enough: it is sent again with
 * the same Message-ID, so that a repeat can be recognised (ADR 0013).
 */
@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(OutboxEmail email, Instant now) {
		this.jdbc.sql("""
				insert into email_outbox (id, recipient, subject, body, created_at, next_attempt_at)
				values (:id, :recipient, :subject, :body, :now, :now)""")
			.param("id", email.id())
			.param("recipient", email.recipient())
			.param("subject", email.subject())
			.param("body", email.body())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims the oldest email that is due, skipping rows another instance is claiming: a
	 * PENDING one whose time has come, or one left SENDING since before
	 * {@code abandonedBefore}.
	 * @param now the time
	 * @param abandonedBefore a claim older than this was abandoned mid-send
	 * @return the claimed email, now SENDING, if any was due
	 */
	Optional<OutboxEmail> claimNextDue(Instant now, Instant abandonedBefore) {
		return this.jdbc.sql("""
				update email_outbox set status = 'SENDING', attempts = attempts + 1, claimed_at = :now
				where id = (select id from email_outbox
				            where (status = 'PENDING' and next_attempt_at <= :now)
				               or (status = 'SENDING' and claimed_at < :abandonedBefore)
				            order by next_attempt_at, created_at limit 1 for update skip locked)
				returning id, recipient, subject, body, attempts""")
			.param("now", Timestamp.from(now))
			.param("abandonedBefore", Timestamp.from(abandonedBefore))
			.query((rs, row) -> new OutboxEmail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.optional();
	}

	void markSent(UUID id, Instant now) {
		this.jdbc.sql("update email_outbox set status = 'SENT', sent_at = :now, last_error = null where id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Records a failed attempt.
	 * @param id the email
	 * @param error what went wrong
	 * @param retryAt when to try again, or {@code null} to give up
	 */
	void markFailed(UUID id, String error, Instant retryAt) {
		String shortError = (error.length() > 500) ? error.substring(0, 500) : error;
		if (retryAt == null) {
			this.jdbc.sql("update email_outbox set status = 'FAILED', last_error = :error where id = :id")
				.param("id", id)
				.param("error", shortError)
				.update();
			return;
		}
		this.jdbc.sql(
				"update email_outbox set status = 'PENDING', next_attempt_at = :retryAt, last_error = :error where id = :id")
			.param("id", id)
			.param("error", shortError)
			.param("retryAt", Timestamp.from(retryAt))
			.update();
	}

}
