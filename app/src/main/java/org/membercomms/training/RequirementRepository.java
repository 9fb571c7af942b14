package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requirements Democratic Services define ({@code training_requirement}).
 */
@Repository
class RequirementRepository {

	private final JdbcClient jdbc;

	RequirementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return every requirement, by course, then in the order they were defined
	 */
	List<Requirement> all() {
		return this.jdbc.sql("select * from training_requirement order by course, defined_at")
			.query(RequirementRepository::requirement)
			.list();
	}

	Optional<Requirement> find(RequirementId id) {
		return this.jdbc.sql("select * from training_requirement where id = :id")
			.param("id", id.value())
			.query(RequirementRepository::requirement)
			.optional();
	}

	void insert(Requirement requirement, String definedBy, Instant definedAt) {
		this.jdbc.sql("""
				insert into training_requirement (id, course, all_members, committees, validity_months, window_days,
				    due_after_months, e_learning, defined_by, defined_at)
				values (:id, :course, :all, :committees, :validity, :window, :due, :eLearning, :by, :at)""")
			.param("id", requirement.id().value())
			.param("course", requirement.course())
			.param("all", requirement.allMembers())
			.param("committees", requirement.committeeCodes())
			.param("validity", requirement.validityMonths())
			.param("window", requirement.windowDays())
			.param("due", requirement.dueAfterMonths())
			.param("eLearning", requirement.eLearning())
			.param("by", definedBy)
			.param("at", Timestamp.from(definedAt))
			.update();
	}

	/**
	 * Stores a requirement's changes; how long a completion stays valid never changes.
	 * @param requirement the requirement as changed
	 */
	void update(Requirement requirement) {
		this.jdbc.sql("""
				update training_requirement set course = :course, all_members = :all, committees = :committees,
				    window_days = :window, due_after_months = :due, e_learning = :eLearning
				where id = :id""")
			.param("id", requirement.id().value())
			.param("course", requirement.course())
			.param("all", requirement.allMembers())
			.param("committees", requirement.committeeCodes())
			.param("window", requirement.windowDays())
			.param("due", requirement.dueAfterMonths())
			.param("eLearning", requirement.eLearning())
			.update();
	}

	private static Requirement requirement(ResultSet rs, int row) throws SQLException {
		return new Requirement(new RequirementId(rs.getObject("id", UUID.class)), rs.getString("course"),
				rs.getBoolean("all_members"), Requirement.committeesFrom(rs.getString("committees")),
				rs.getInt("validity_months"), rs.getInt("window_days"), rs.getInt("due_after_months"),
				rs.getBoolean("e_learning"));
	}

}
