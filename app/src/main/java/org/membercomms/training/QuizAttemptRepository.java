package org.membercomms.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-learning quiz attempts: the questions drawn, then the answers and the score
 * ({@code training_quiz_attempt}).
 */
@Repository
class QuizAttemptRepository {

	private final JdbcClient jdbc;

	QuizAttemptRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, MemberId member, Instant startedAt, List<QuizQuestion> questions) {
		this.jdbc.sql("""
				insert into training_quiz_attempt (id, member_id, started_at, questions)
				values (:id, :member, :at, :questions)""")
			.param("id", id)
			.param("member", member.value())
			.param("at", Timestamp.from(startedAt))
			.param("questions", questions.stream().map(QuizQuestion::id).collect(Collectors.joining(",")))
			.update();
	}

	/**
	 * @return the attempt, if it is this Member's
	 */
	Optional<QuizAttempt> find(UUID id, MemberId member) {
		return this.jdbc.sql("select * from training_quiz_attempt where id = :id and member_id = :member")
			.param("id", id)
			.param("member", member.value())
			.query((rs, row) -> new QuizAttempt(id, member,
					Arrays.stream(rs.getString("questions").split(","))
						.map(question -> QuestionBank.byId(question).orElseThrow())
						.toList(),
					(rs.getString("answers") != null)
							? Arrays.stream(rs.getString("answers").split(",")).map(Integer::valueOf).toList() : null,
					(Integer) rs.getObject("score"), (Boolean) rs.getObject("passed"),
					(rs.getTimestamp("submitted_at") != null) ? rs.getTimestamp("submitted_at").toInstant() : null))
			.optional();
	}

	void mark(UUID id, List<Integer> answers, int score, boolean passed, Instant submittedAt) {
		this.jdbc.sql("""
				update training_quiz_attempt set answers = :answers, score = :score, passed = :passed,
				    submitted_at = :at where id = :id""")
			.param("answers", answers.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("score", score)
			.param("passed", passed)
			.param("at", Timestamp.from(submittedAt))
			.param("id", id)
			.update();
	}

}
