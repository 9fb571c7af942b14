package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who each requirement is assigned to, and the status last seen for each assignment
 * ({@code training_assignment}).
 */
@Repository
class AssignmentRepository {

	private final JdbcClient jdbc;

	AssignmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param requirement a requirement
	 * @return the Members it is assigned to
	 */
	Set<MemberId> membersOn(RequirementId requirement) {
		return this.jdbc.sql("select member_id from training_assignment where requirement_id = :requirement")
			.param("requirement", requirement.value())
			.query((rs, row) -> new MemberId(rs.getObject("member_id", UUID.class)))
			.set();
	}

	/**
	 * @return whether it was added: {@code false} when it was already there
	 */
	boolean add(Enrolment enrolment, Assignment assignment) {
		return this.jdbc.sql("""
				insert into training_assignment (requirement_id, member_id, assigned_on, due_on)
				values (:requirement, :member, :assignedOn, :dueOn) on conflict do nothing""")
			.param("requirement", enrolment.requirement().value())
			.param("member", enrolment.member().value())
			.param("assignedOn", assignment.assignedOn())
			.param("dueOn", assignment.dueOn())
			.update() > 0;
	}

	/**
	 * @return whether it was removed: {@code false} when it was not there
	 */
	boolean remove(Enrolment enrolment) {
		return this.jdbc
			.sql("delete from training_assignment where requirement_id = :requirement and member_id = :member")
			.param("requirement", enrolment.requirement().value())
			.param("member", enrolment.member().value())
			.update() > 0;
	}

	/**
	 * @return every assignment
	 */
	Map<Enrolment, Assignment> all() {
		return this.jdbc.sql("select * from training_assignment")
			.query((rs, row) -> Map.entry(enrolment(rs),
					new Assignment(rs.getObject("assigned_on", LocalDate.class),
							rs.getObject("due_on", LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * @return the status last seen of every assignment that has one; an assignment never
	 * seen is absent
	 */
	Map<Enrolment, TrainingStatus> statusesLastSeen() {
		return this.jdbc
			.sql("select requirement_id, member_id, last_status from training_assignment where last_status is not null")
			.query((rs, row) -> Map.entry(enrolment(rs), TrainingStatus.valueOf(rs.getString("last_status"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Stores the status now seen, on condition that the one stored is still the one seen
	 * before, so that of several instances seeing the same change only one stores it.
	 * @param before the status seen before, or {@code null} if never
	 * @param now the status seen now
	 * @return whether this call stored it
	 */
	boolean markSeen(Enrolment enrolment, TrainingStatus before, TrainingStatus now) {
		return this.jdbc.sql("""
				update training_assignment set last_status = :status
				where requirement_id = :requirement and member_id = :member
				  and last_status is not distinct from :before""")
			.param("status", now.name())
			.param("requirement", enrolment.requirement().value())
			.param("member", enrolment.member().value())
			.param("before", (before != null) ? before.name() : null, Types.VARCHAR)
			.update() > 0;
	}

	private static Enrolment enrolment(ResultSet rs) throws SQLException {
		return new Enrolment(new RequirementId(rs.getObject("requirement_id", UUID.class)),
				new MemberId(rs.getObject("member_id", UUID.class)));
	}

}
