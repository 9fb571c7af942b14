package org.membercomms.training;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-learning quiz: each attempt draws questions at random from the bank; a pass
 * records a completion of every e-learning requirement that applies to the Member.
 * Retries are unlimited.
 */
@Service
class ELearning {

	static final String ATTEMPT = "training-quiz-attempt";

	private final JdbcClient jdbc;

	private final Training training;

	private final AuditTrail audit;

	private final Clock clock;

	private final TrainingSettings settings;

	private final java.util.Random random = new SecureRandom();

	ELearning(JdbcClient jdbc, Training training, AuditTrail audit, Clock clock, TrainingSettings settings) {
		this.jdbc = jdbc;
		this.training = training;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	int passMark() {
		return this.settings.passMark();
	}

	@Transactional
	UUID start(MemberId member) {
		UUID id = UUID.randomUUID();
		List<QuizQuestion> questions = QuestionBank.draw(this.settings.quizQuestions(), this.random);
		this.jdbc.sql("""
				insert into training_quiz_attempt (id, member_id, started_at, questions)
				values (:id, :member, :at, :questions)""")
			.param("id", id)
			.param("member", member.value())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("questions", questions.stream().map(QuizQuestion::id).collect(Collectors.joining(",")))
			.update();
		return id;
	}

	/**
	 * @return the attempt, if it is this Member's
	 */
	@Transactional(readOnly = true)
	QuizAttempt attempt(UUID id, MemberId member) {
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
			.optional()
			.orElseThrow(() -> new TrainingNotFound("quiz attempt " + id));
	}

	/**
	 * Marks an attempt. A pass records a completion for each e-learning requirement that
	 * applies to the Member. An attempt is marked once; submitting again changes nothing.
	 * @param answers the index of the answer to each question, in order
	 * @return the marked attempt
	 */
	@Transactional
	QuizAttempt submit(UUID id, MemberId member, List<Integer> answers) {
		QuizAttempt attempt = attempt(id, member);
		if (attempt.submitted()) {
			return attempt;
		}
		if (answers.size() != attempt.questions().size()) {
			throw new IllegalArgumentException("Every question needs an answer");
		}
		int right = QuizAttempt.score(attempt.questions(), answers);
		boolean passed = QuizAttempt.passes(right, answers.size(), this.settings.passMark());
		this.jdbc.sql("""
				update training_quiz_attempt set answers = :answers, score = :score, passed = :passed,
				    submitted_at = :at where id = :id""")
			.param("answers", answers.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("score", right)
			.param("passed", passed)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		this.audit.record(ATTEMPT, id, passed ? "passed" : "not passed",
				List.of(FieldChange.of("score", null, right + " out of " + answers.size())));
		if (passed) {
			for (TrainingRecord record : this.training.recordsOf(member)) {
				if (record.requirement().eLearning()) {
					this.training.recordCompletion(member, record.requirement().id(), LocalDate.now(this.clock),
							CompletionMethod.E_LEARNING, "quiz attempt " + id);
				}
			}
		}
		return attempt(id, member);
	}

	/**
	 * @return the completions a passed attempt recorded
	 */
	@Transactional(readOnly = true)
	List<Completion> completionsFrom(UUID attempt) {
		return this.jdbc.sql("select id from training_completion where reference = :reference")
			.param("reference", "quiz attempt " + attempt)
			.query(UUID.class)
			.list()
			.stream()
			.map(completion -> this.training.completion(completion).orElseThrow())
			.toList();
	}

}
