package org.membercomms.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders, escalations and digests queued, each under the key that lets it go once
 * ({@code training_reminder}, {@code training_digest}).
 */
@Repository
class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether it was added: {@code false} when one with the same key was
	 */
	boolean add(Enrolment enrolment, String kind, LocalDate on, String recipient, Instant now) {
		return this.jdbc.sql("""
				insert into training_reminder (member_id, requirement_id, kind, reminder_on, recipient, created_at)
				values (:member, :requirement, :kind, :on, :to, :now) on conflict do nothing""")
			.param("member", enrolment.member().value())
			.param("requirement", enrolment.requirement().value())
			.param("kind", kind)
			.param("on", on)
			.param("to", recipient)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	void setEmail(Enrolment enrolment, String kind, LocalDate on, UUID email) {
		this.jdbc.sql("""
				update training_reminder set email_id = :email
				where member_id = :member and requirement_id = :requirement and kind = :kind and reminder_on = :on""")
			.param("email", email)
			.param("member", enrolment.member().value())
			.param("requirement", enrolment.requirement().value())
			.param("kind", kind)
			.param("on", on)
			.update();
	}

	/**
	 * @return whether it was added: {@code false} when the recipient's digest for the
	 * month was
	 */
	boolean addDigest(String recipient, LocalDate month, int members, Instant now) {
		return this.jdbc.sql("""
				insert into training_digest (recipient, month, members, created_at)
				values (:to, :month, :members, :now) on conflict do nothing""")
			.param("to", recipient)
			.param("month", month)
			.param("members", members)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	void setDigestEmail(String recipient, LocalDate month, UUID email) {
		this.jdbc.sql("update training_digest set email_id = :email where recipient = :to and month = :month")
			.param("email", email)
			.param("to", recipient)
			.param("month", month)
			.update();
	}

}
