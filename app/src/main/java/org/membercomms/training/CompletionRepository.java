package org.membercomms.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every completion, never changed once recorded ({@code training_completion}). Lists are
 * latest first.
 */
@Repository
class CompletionRepository {

	private final JdbcClient jdbc;

	CompletionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Completion completion) {
		this.jdbc.sql("""
				insert into training_completion (id, requirement_id, member_id, completed_on, valid_until, method,
				    recorded_by, recorded_at, reference)
				values (:id, :requirement, :member, :on, :until, :method, :by, :at, :reference)""")
			.param("id", completion.id())
			.param("requirement", completion.requirement().value())
			.param("member", completion.member().value())
			.param("on", completion.completedOn())
			.param("until", completion.validUntil())
			.param("method", completion.method().name())
			.param("by", completion.recordedBy())
			.param("at", Timestamp.from(completion.recordedAt()))
			.param("reference", completion.reference())
			.update();
	}

	List<Completion> all() {
		return this.jdbc.sql("select * from training_completion order by completed_on desc, recorded_at desc")
			.query(CompletionRepository::completion)
			.list();
	}

	List<Completion> of(MemberId member) {
		return this.jdbc.sql(
				"select * from training_completion where member_id = :member order by completed_on desc, recorded_at desc")
			.param("member", member.value())
			.query(CompletionRepository::completion)
			.list();
	}

	Optional<Completion> find(UUID id) {
		return this.jdbc.sql("select * from training_completion where id = :id")
			.param("id", id)
			.query(CompletionRepository::completion)
			.optional();
	}

	/**
	 * @param reference what completions rest on, such as {@code quiz attempt <id>}
	 * @return the completions that rest on it
	 */
	List<Completion> withReference(String reference) {
		return this.jdbc.sql("select * from training_completion where reference = :reference")
			.param("reference", reference)
			.query(CompletionRepository::completion)
			.list();
	}

	private static Completion completion(ResultSet rs, int row) throws SQLException {
		return new Completion(rs.getObject("id", UUID.class),
				new RequirementId(rs.getObject("requirement_id", UUID.class)),
				new MemberId(rs.getObject("member_id", UUID.class)), rs.getObject("completed_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), CompletionMethod.valueOf(rs.getString("method")),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("reference"));
	}

}
