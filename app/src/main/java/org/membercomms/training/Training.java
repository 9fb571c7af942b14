package org.membercomms.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Committee;
import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Actors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to training: requirements, their assignment to Members as the directory
 * changes, each Member's records and status, and completions. Every change is audited in
 * its own transaction.
 */
@Service
public class Training {

	static final String REQUIREMENT = "training-requirement";

	static final String ASSIGNMENT = "training-assignment";

	static final String COMPLETION = "training-completion";

	private final JdbcClient jdbc;

	private final Members members;

	private final AuditTrail audit;

	private final Clock clock;

	private final TrainingSettings settings;

	private final ApplicationEventPublisher events;

	Training(JdbcClient jdbc, Members members, AuditTrail audit, Clock clock, TrainingSettings settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * @return every requirement, by course
	 */
	@Transactional(readOnly = true)
	public List<Requirement> requirements() {
		return this.jdbc.sql("select * from training_requirement order by course, defined_at")
			.query((rs, row) -> new Requirement(new RequirementId(rs.getObject("id", UUID.class)),
					rs.getString("course"), rs.getBoolean("all_members"),
					Requirement.committeesFrom(rs.getString("committees")), rs.getInt("validity_months"),
					rs.getInt("window_days"), rs.getInt("due_after_months"), rs.getBoolean("e_learning")))
			.list();
	}

	@Transactional(readOnly = true)
	public Requirement requirement(RequirementId id) {
		return requirements().stream()
			.filter(requirement -> requirement.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new TrainingNotFound("requirement " + id));
	}

	/**
	 * Defines a new requirement and assigns it at once to every Member who needs it.
	 * @param course the course's title
	 * @param allMembers whether every Member must take it
	 * @param committees otherwise, whose committees' Members must
	 * @param validityMonths how long a completion stays valid
	 * @param windowDays how many days before expiry recertification opens
	 * @param dueAfterMonths how long a Member not newly elected has after assignment
	 * @param eLearning whether the e-learning completes it
	 * @return the new requirement
	 */
	@Transactional
	public RequirementId define(String course, boolean allMembers, Set<Committee> committees, int validityMonths,
			int windowDays, int dueAfterMonths, boolean eLearning) {
		Requirement requirement = new Requirement(new RequirementId(UUID.randomUUID()), course.strip(), allMembers,
				allMembers ? Set.of() : committees, validityMonths, windowDays, dueAfterMonths, eLearning);
		this.jdbc.sql("""
				insert into training_requirement (id, course, all_members, committees, validity_months, window_days,
				    due_after_months, e_learning, defined_by, defined_at)
				values (:id, :course, :all, :committees, :validity, :window, :due, :eLearning, :by, :at)""")
			.param("id", requirement.id().value())
			.param("course", requirement.course())
			.param("all", requirement.allMembers())
			.param("committees", requirement.committeeCodes())
			.param("validity", validityMonths)
			.param("window", windowDays)
			.param("due", dueAfterMonths)
			.param("eLearning", eLearning)
			.param("by", Actors.current())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(REQUIREMENT, requirement.id(), "defined",
				List.of(FieldChange.of("course", null, requirement.course()),
						FieldChange.of("who must take it", null, requirement.audience()),
						FieldChange.of("valid for months", null, validityMonths),
						FieldChange.of("renewal opens days before expiry", null, windowDays),
						FieldChange.of("due months after assignment", null, dueAfterMonths),
						FieldChange.of("e-learning completes it", null, eLearning ? "yes" : "no")));
		reconcile();
		return requirement.id();
	}

	/**
	 * Changes a requirement, except how long a completion stays valid (completions and
	 * their certificates keep their dates), and assigns or unassigns it at once as the
	 * new audience says. Members already assigned keep their due dates.
	 * @param id the requirement
	 * @param course the course's title
	 * @param allMembers whether every Member must take it
	 * @param committees otherwise, whose committees' Members must
	 * @param windowDays how many days before expiry recertification opens
	 * @param dueAfterMonths how long a Member not newly elected has after assignment
	 * @param eLearning whether the e-learning completes it
	 */
	@Transactional
	public void revise(RequirementId id, String course, boolean allMembers, Set<Committee> committees, int windowDays,
			int dueAfterMonths, boolean eLearning) {
		Requirement before = requirement(id);
		Requirement after = new Requirement(id, course.strip(), allMembers, allMembers ? Set.of() : committees,
				before.validityMonths(), windowDays, dueAfterMonths, eLearning);
		List<FieldChange> changes = new ArrayList<>();
		changed(changes, "course", before.course(), after.course());
		changed(changes, "who must take it", before.audience(), after.audience());
		changed(changes, "renewal opens days before expiry", before.windowDays(), windowDays);
		changed(changes, "due months after assignment", before.dueAfterMonths(), dueAfterMonths);
		changed(changes, "e-learning completes it", before.eLearning() ? "yes" : "no", eLearning ? "yes" : "no");
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update training_requirement set course = :course, all_members = :all, committees = :committees,
				    window_days = :window, due_after_months = :due, e_learning = :eLearning
				where id = :id""")
			.param("id", id.value())
			.param("course", after.course())
			.param("all", after.allMembers())
			.param("committees", after.committeeCodes())
			.param("window", windowDays)
			.param("due", dueAfterMonths)
			.param("eLearning", eLearning)
			.update();
		this.audit.record(REQUIREMENT, id, "changed", changes);
		reconcile();
	}

	private static void changed(List<FieldChange> changes, String field, Object before, Object after) {
		if (!before.equals(after)) {
			changes.add(FieldChange.of(field, before, after));
		}
	}

	/**
	 * Brings assignments in line with the directory: a Member who now needs a requirement
	 * gets it, due as {@link FirstDue} says; one who no longer needs it (retired, or off
	 * the committee) loses it, keeping their completions. Safe to run at any time, on
	 * several instances.
	 */
	@Transactional
	public void reconcile() {
		LocalDate today = LocalDate.now(this.clock);
		List<Member> directory = this.members.directory(true);
		for (Requirement requirement : requirements()) {
			Set<UUID> assigned = Set
				.copyOf(this.jdbc.sql("select member_id from training_assignment where requirement_id = :requirement")
					.param("requirement", requirement.id().value())
					.query(UUID.class)
					.list());
			for (Member member : directory) {
				boolean needs = requirement.appliesTo(member);
				boolean has = assigned.contains(member.memberId().value());
				if (needs && !has) {
					assign(requirement, member, today);
				}
				else if (!needs && has) {
					unassign(requirement, member);
				}
			}
		}
	}

	private void assign(Requirement requirement, Member member, LocalDate today) {
		LocalDate due = dueOn(requirement, member, today);
		int added = this.jdbc.sql("""
				insert into training_assignment (requirement_id, member_id, assigned_on, due_on)
				values (:requirement, :member, :today, :due) on conflict do nothing""")
			.param("requirement", requirement.id().value())
			.param("member", member.memberId().value())
			.param("today", today)
			.param("due", due)
			.update();
		if (added > 0) {
			this.audit.record(ASSIGNMENT, requirement.id() + "/" + member.memberId(), "assigned",
					List.of(FieldChange.of("course", null, requirement.course()),
							FieldChange.of("member", null, member.name()), FieldChange.of("due on", null, due)));
			this.events
				.publishEvent(new TrainingAssigned(member.memberId(), requirement.id(), requirement.course(), due));
		}
	}

	private void unassign(Requirement requirement, Member member) {
		int removed = this.jdbc
			.sql("delete from training_assignment where requirement_id = :requirement and member_id = :member")
			.param("requirement", requirement.id().value())
			.param("member", member.memberId().value())
			.update();
		if (removed > 0) {
			this.audit.record(ASSIGNMENT, requirement.id() + "/" + member.memberId(), "no longer required",
					List.of(FieldChange.of("course", requirement.course(), null),
							FieldChange.of("member", member.name(), null)));
		}
	}

	private LocalDate dueOn(Requirement requirement, Member member, LocalDate assignedOn) {
		return FirstDue.of(assignedOn, member.termStarts(), this.settings.newMemberDue(),
				Period.ofMonths(requirement.dueAfterMonths()));
	}

	/**
	 * @param member a Member
	 * @return their record for every requirement that applies to them today
	 */
	@Transactional(readOnly = true)
	public List<TrainingRecord> recordsOf(MemberId member) {
		return records(List.of(this.members.get(member)));
	}

	/**
	 * @return every serving Member's record for every requirement that applies to them
	 */
	@Transactional(readOnly = true)
	public List<TrainingRecord> allRecords() {
		return records(this.members.directory(false));
	}

	private List<TrainingRecord> records(List<Member> people) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, LocalDate[]> assignments = new HashMap<>();
		this.jdbc.sql("select * from training_assignment")
			.query((rs, row) -> Map.entry(rs.getObject("requirement_id") + "/" + rs.getObject("member_id"),
					new LocalDate[] { rs.getObject("assigned_on", LocalDate.class),
							rs.getObject("due_on", LocalDate.class) }))
			.list()
			.forEach(entry -> assignments.put(entry.getKey(), entry.getValue()));
		Map<String, List<Completion>> completions = new HashMap<>();
		allCompletions().forEach(completion -> completions
			.computeIfAbsent(completion.requirement() + "/" + completion.member(), key -> new ArrayList<>())
			.add(completion));
		Map<String, SessionPlace> bookings = new HashMap<>();
		this.jdbc.sql("""
				select b.*, s.starts_at, s.requirement_id from training_booking b
				join training_session s on s.id = b.session_id
				where b.state <> 'CANCELLED' and s.starts_at > :now order by s.starts_at desc""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> Map.entry(rs.getObject("requirement_id") + "/" + rs.getObject("member_id"),
					Sessions.place(rs)))
			.list()
			.forEach(entry -> bookings.merge(entry.getKey(), entry.getValue(),
					(later, earlier) -> earlier.booked() || !later.booked() ? earlier : later));
		List<TrainingRecord> records = new ArrayList<>();
		List<Requirement> requirements = requirements();
		for (Member member : people) {
			for (Requirement requirement : requirements) {
				if (!requirement.appliesTo(member)) {
					continue;
				}
				String key = requirement.id() + "/" + member.memberId();
				LocalDate[] assignment = assignments.get(key);
				LocalDate assignedOn = (assignment != null) ? assignment[0] : today;
				LocalDate dueOn = (assignment != null) ? assignment[1] : dueOn(requirement, member, today);
				records.add(TrainingRecord.on(today, requirement, member, assignedOn, dueOn,
						completions.getOrDefault(key, List.of()), bookings.get(key)));
			}
		}
		return records;
	}

	private List<Completion> allCompletions() {
		return this.jdbc.sql("select * from training_completion order by completed_on desc, recorded_at desc")
			.query((rs, row) -> completion(rs))
			.list();
	}

	private static Completion completion(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Completion(rs.getObject("id", UUID.class),
				new RequirementId(rs.getObject("requirement_id", UUID.class)),
				new MemberId(rs.getObject("member_id", UUID.class)), rs.getObject("completed_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), CompletionMethod.valueOf(rs.getString("method")),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("reference"));
	}

	/**
	 * Records that a Member completed a course. Needs a transaction: sessions and the
	 * e-learning record completions inside their own changes.
	 * @param member the Member
	 * @param requirement the requirement completed
	 * @param completedOn the day
	 * @param method how
	 * @param reference what it rests on
	 * @return the completion
	 */
	@Transactional
	public Completion recordCompletion(MemberId member, RequirementId requirement, LocalDate completedOn,
			CompletionMethod method, String reference) {
		Requirement required = requirement(requirement);
		Member who = this.members.get(member);
		if (completedOn.isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("A completion cannot be in the future");
		}
		Completion completion = new Completion(UUID.randomUUID(), requirement, member, completedOn,
				required.validity().validUntil(completedOn), method, Actors.current(), this.clock.instant(), reference);
		this.jdbc.sql("""
				insert into training_completion (id, requirement_id, member_id, completed_on, valid_until, method,
				    recorded_by, recorded_at, reference)
				values (:id, :requirement, :member, :on, :until, :method, :by, :at, :reference)""")
			.param("id", completion.id())
			.param("requirement", requirement.value())
			.param("member", member.value())
			.param("on", completedOn)
			.param("until", completion.validUntil())
			.param("method", method.name())
			.param("by", completion.recordedBy())
			.param("at", Timestamp.from(completion.recordedAt()))
			.param("reference", reference)
			.update();
		this.audit.record(COMPLETION, completion.id(), "recorded",
				List.of(FieldChange.of("member", null, who.name()), FieldChange.of("course", null, required.course()),
						FieldChange.of("completed on", null, completedOn), FieldChange.of("how", null, method.title()),
						FieldChange.of("valid until", null, completion.validUntil())));
		this.events.publishEvent(
				new TrainingCompleted(completion.id(), member, requirement, completedOn, completion.validUntil()));
		return completion;
	}

	/**
	 * @return the committee report's figures as they stand today
	 */
	@Transactional(readOnly = true)
	public TrainingReport report() {
		List<TrainingReport.Attendance> attendance = this.jdbc.sql("""
				select r.course, s.starts_at,
				       count(*) filter (where b.state = 'BOOKED') as booked,
				       count(*) filter (where b.state = 'BOOKED' and b.attended) as attended
				from training_session s
				join training_requirement r on r.id = s.requirement_id
				left join training_booking b on b.session_id = s.id
				where s.starts_at <= :now
				group by s.id, r.course, s.starts_at
				order by s.starts_at""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new TrainingReport.Attendance(rs.getString("course"),
					rs.getTimestamp("starts_at").toInstant(), rs.getInt("booked"), rs.getInt("attended")))
			.list();
		return TrainingReport.of(allRecords().stream().map(TrainingReport.Line::of).toList(), attendance);
	}

	/**
	 * @param member a Member
	 * @return every completion of theirs, latest first, including of courses they no
	 * longer need
	 */
	@Transactional(readOnly = true)
	public List<Completion> completionsOf(MemberId member) {
		return this.jdbc.sql(
				"select * from training_completion where member_id = :member order by completed_on desc, recorded_at desc")
			.param("member", member.value())
			.query((rs, row) -> completion(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Completion> completion(UUID id) {
		return this.jdbc.sql("select * from training_completion where id = :id")
			.param("id", id)
			.query((rs, row) -> completion(rs))
			.optional();
	}

	/**
	 * Compares each Member's status today with the one last seen, stores the new one and
	 * publishes {@link TrainingStatusChanged} for each change, once: the update is
	 * conditional on the status last seen, so when several instances run this at once
	 * only one tells each change. Reminders react to the events.
	 * @return the changes seen
	 */
	@Transactional
	public List<TrainingStatusChanged> watchStatuses() {
		reconcile();
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> seen = new HashMap<>();
		this.jdbc.sql("select requirement_id, member_id, last_status from training_assignment")
			.query((rs, row) -> Map.entry(rs.getObject("requirement_id") + "/" + rs.getObject("member_id"),
					String.valueOf(rs.getString("last_status"))))
			.list()
			.forEach(entry -> seen.put(entry.getKey(), entry.getValue()));
		List<TrainingStatusChanged> changes = new ArrayList<>();
		for (TrainingRecord record : allRecords()) {
			String key = record.requirement().id() + "/" + record.member().memberId();
			String before = "null".equals(seen.get(key)) ? null : seen.get(key);
			if (record.status().name().equals(before)) {
				continue;
			}
			int updated = this.jdbc.sql("""
					update training_assignment set last_status = :status
					where requirement_id = :requirement and member_id = :member
					  and last_status is not distinct from :before""")
				.param("status", record.status().name())
				.param("requirement", record.requirement().id().value())
				.param("member", record.member().memberId().value())
				.param("before", before, java.sql.Types.VARCHAR)
				.update();
			if (updated == 0) {
				continue;
			}
			TrainingStatusChanged change = new TrainingStatusChanged(record.member().memberId(),
					record.requirement().id(), record.requirement().course(),
					(before != null) ? TrainingStatus.valueOf(before) : null, record.status(), today);
			changes.add(change);
			this.events.publishEvent(change);
		}
		return changes;
	}

}
