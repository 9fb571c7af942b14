package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Member;
import org.membercomms.members.Members;
import org.membercomms.notifications.Notifications;
import org.membercomms.system.CouncilSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chases training by email: each Member's reminders as {@link Reminder} schedules them;
 * when a Member becomes OVERDUE or EXPIRED, their political group's leader is told once,
 * and then in a digest early each month of everyone late since before it began
 * (Democratic Services instead, where the Member leads the group, has none, or the group
 * has no leader). A Member with a place on a session of the course is reminded of the
 * session rather than asked to book one. Each reminder is recorded under a unique key in
 * the same transaction as its email in the outbox, so it goes once, also when several
 * instances run this at the same time.
 */
@Component
class Reminders {

	static final String REMINDER = "training-reminder";

	/** The key of an escalation: the leader (or Democratic Services) is told once. */
	static final String TOLD = "LATE_TOLD";

	/** Digests go in the first days of each month, so a late run still sends one. */
	static final int DIGEST_DAYS = 7;

	private final Training training;

	private final Members members;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CouncilSettings council;

	private final TrainingSettings settings;

	private final java.time.Clock clock;

	Reminders(Training training, Members members, Notifications notifications, JdbcClient jdbc, AuditTrail audit,
			CouncilSettings council, TrainingSettings settings, java.time.Clock clock) {
		this.training = training;
		this.members = members;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.audit = audit;
		this.council = council;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Brings statuses up to date and queues every reminder, escalation and digest owed
	 * today that has not gone yet.
	 * @return how many emails were queued
	 */
	@Transactional
	public int send() {
		this.training.watchStatuses();
		LocalDate today = LocalDate.now(this.clock);
		List<Member> directory = this.members.directory(false);
		Map<List<UUID>, BookedSession> booked = bookedSessions();
		int queued = 0;
		Map<String, List<TrainingRecord>> lateByRecipient = new LinkedHashMap<>();
		for (TrainingRecord record : this.training.allRecords()) {
			Optional<Reminder> owed = Reminder.owed(record, today);
			if (owed.isPresent() && remind(record, owed.get().kind().name(), owed.get().on(),
					record.member().councilEmail(), reminder(record, owed.get().kind(), booked
						.get(List.of(record.member().memberId().value(), record.requirement().id().value()))))) {
				queued++;
			}
			Optional<LocalDate> lateSince = Reminder.lateSince(record);
			if (lateSince.isPresent()) {
				String to = escalateTo(record.member(), directory);
				if (lateSince.get().isBefore(today.withDayOfMonth(1))) {
					lateByRecipient.computeIfAbsent(to, key -> new ArrayList<>()).add(record);
				}
				if (remind(record, TOLD, lateSince.get(), to, escalation(record, to))) {
					queued++;
				}
			}
		}
		if (today.getDayOfMonth() <= DIGEST_DAYS) {
			for (Map.Entry<String, List<TrainingRecord>> late : lateByRecipient.entrySet()) {
				if (digest(late.getKey(), late.getValue(), today.withDayOfMonth(1))) {
					queued++;
				}
			}
		}
		return queued;
	}

	/**
	 * The address told when a Member is late: their group's leader, or Democratic
	 * Services where the Member leads the group, has none, or the group has no leader.
	 */
	String escalateTo(Member member, List<Member> directory) {
		if (member.politicalGroup() == null || member.groupLeader()) {
			return this.settings.democraticServicesEmail();
		}
		return directory.stream()
			.filter(Member::groupLeader)
			.filter(leader -> member.politicalGroup().equals(leader.politicalGroup()))
			.filter(leader -> !leader.memberId().equals(member.memberId()))
			.map(Member::councilEmail)
			.sorted()
			.findFirst()
			.orElse(this.settings.democraticServicesEmail());
	}

	private boolean remind(TrainingRecord record, String kind, LocalDate on, String to, String[] email) {
		int added = this.jdbc.sql("""
				insert into training_reminder (member_id, requirement_id, kind, reminder_on, recipient, created_at)
				values (:member, :requirement, :kind, :on, :to, :now) on conflict do nothing""")
			.param("member", record.member().memberId().value())
			.param("requirement", record.requirement().id().value())
			.param("kind", kind)
			.param("on", on)
			.param("to", to)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (added == 0) {
			return false;
		}
		UUID emailId = this.notifications.email(to, email[0], email[1]);
		this.jdbc.sql("""
				update training_reminder set email_id = :email
				where member_id = :member and requirement_id = :requirement and kind = :kind and reminder_on = :on""")
			.param("email", emailId)
			.param("member", record.member().memberId().value())
			.param("requirement", record.requirement().id().value())
			.param("kind", kind)
			.param("on", on)
			.update();
		this.audit.record(REMINDER, record.requirement().id() + "/" + record.member().memberId(), "reminder queued",
				List.of(FieldChange.of("kind", null, kind), FieldChange.of("for day", null, on),
						FieldChange.of("to", null, to)));
		return true;
	}

	private boolean digest(String to, List<TrainingRecord> late, LocalDate month) {
		int added = this.jdbc.sql("""
				insert into training_digest (recipient, month, members, created_at)
				values (:to, :month, :members, :now) on conflict do nothing""")
			.param("to", to)
			.param("month", month)
			.param("members", late.size())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (added == 0) {
			return false;
		}
		String list = late.stream()
			.map(record -> "- " + record.member().name() + ": " + record.requirement().course() + ": "
					+ TrainingFacts.describe(record))
			.collect(Collectors.joining("\n"));
		UUID emailId = this.notifications
			.email(to, "Training still outstanding: " + TrainingDates.month(month) + " (" + late.size() + ")", """
					Hello,

					These Members' mandatory training is overdue or expired as of %s:

					%s

					Each Member is reminded by email every week until they complete it. The training overview is at %s

					%s
					""".formatted(TrainingDates.day(LocalDate.now(this.clock)), list, this.council.link("/training"),
					signature()));
		this.jdbc.sql("update training_digest set email_id = :email where recipient = :to and month = :month")
			.param("email", emailId)
			.param("to", to)
			.param("month", month)
			.update();
		this.audit.record(REMINDER, "digest/" + month, "digest queued",
				List.of(FieldChange.of("to", null, to), FieldChange.of("Members", null, late.size())));
		return true;
	}

	/**
	 * A Member's place on a session of a requirement that has not started yet (the
	 * soonest, where they have several).
	 */
	record BookedSession(Instant startsAt, Instant endsAt, String where) {

	}

	/**
	 * @return the soonest session each Member has a place on, by Member and requirement
	 */
	private Map<List<UUID>, BookedSession> bookedSessions() {
		Map<List<UUID>, BookedSession> booked = new LinkedHashMap<>();
		this.jdbc.sql("""
				select b.member_id, s.requirement_id, s.starts_at, s.ends_at, s.place
				from training_booking b join training_session s on s.id = b.session_id
				where b.state = 'BOOKED' and s.starts_at > :now order by s.starts_at""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((ResultSet rs) -> {
				List<UUID> key = List.of(rs.getObject("member_id", UUID.class),
						rs.getObject("requirement_id", UUID.class));
				String where = (rs.getString("place") != null) ? rs.getString("place") : "online";
				booked.putIfAbsent(key, new BookedSession(rs.getTimestamp("starts_at").toInstant(),
						rs.getTimestamp("ends_at").toInstant(), where));
			});
		return booked;
	}

	private String[] reminder(TrainingRecord record, Reminder.Kind kind, BookedSession booked) {
		String course = record.requirement().course();
		String what = switch (kind) {
			case ASSIGNED -> "You need to complete \"" + course + "\" by " + TrainingDates.day(record.dueOn()) + ".";
			case DUE_SOON -> "\"" + course + "\" is due by " + TrainingDates.day(record.dueOn()) + ", in 14 days.";
			case DUE_TODAY -> "\"" + course + "\" is due today, " + TrainingDates.day(record.dueOn()) + ".";
			case OVERDUE -> "\"" + course + "\" was due by " + TrainingDates.day(record.dueOn())
					+ ". It is overdue, and your group leader or Democratic Services have been told.";
			case WINDOW_OPEN -> "Your completion of \"" + course + "\" is valid until "
					+ TrainingDates.day(record.latest().validUntil()) + ". You can renew it now.";
			case EXPIRES_SOON -> "Your completion of \"" + course + "\" expires in 14 days: it is valid until "
					+ TrainingDates.day(record.latest().validUntil()) + ".";
			case EXPIRED,
					STILL_EXPIRED ->
				"Your completion of \"" + course + "\" expired on "
						+ TrainingDates.day(record.latest().validUntil().plusDays(1))
						+ ". Your group leader or Democratic Services have been told.";
		};
		return new String[] { kind.subject(course), """
				Dear %s,

				%s

				Where you stand: %s.

				%s

				%s
				""".formatted(record.member().name(), what, TrainingFacts.describe(record), nextStep(booked),
				signature()) };
	}

	/**
	 * What the Member can do: go to the session they are booked on (attending completes
	 * the training), or else complete it online or book a place.
	 */
	private String nextStep(BookedSession booked) {
		if (booked == null) {
			return "You can complete it online with the e-learning, or book a place on a session: "
					+ this.council.link("/training");
		}
		return "You are booked on a session on " + TrainingDates.when(booked.startsAt(), booked.endsAt()) + " ("
				+ booked.where() + "). Attending it completes this training. If you cannot go, cancel your place "
				+ "and complete it online with the e-learning instead: " + this.council.link("/training");
	}

	private String[] escalation(TrainingRecord record, String to) {
		String leader = to.equals(this.settings.democraticServicesEmail()) ? "Democratic Services"
				: "their group leader";
		return new String[] {
				record.member().name() + ": " + record.requirement().course() + " is "
						+ record.status().title().toLowerCase(java.util.Locale.UK),
				"""
						Hello,

						%s's mandatory training "%s" is now %s: %s.

						You are told as %s. They are reminded every week until they complete it, and you will see them in a monthly list while it is outstanding.

						%s
						"""
					.formatted(record.member().name(), record.requirement().course(),
							record.status().title().toLowerCase(java.util.Locale.UK), TrainingFacts.describe(record),
							leader, signature()) };
	}

	private String signature() {
		return "If you have a question, reply to Democratic Services at " + this.settings.democraticServicesEmail()
				+ ".\n\n" + this.council.serviceName() + ", " + this.council.name();
	}

}
