package org.membercomms.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.MemberId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the e-learning: its pages, then the quiz. Each attempt draws
 * questions at random from the bank; a pass records a completion of every e-learning
 * requirement that applies to the Member. Retries are unlimited.
 */
@Service
public class ELearning {

	static final String ATTEMPT = "training-quiz-attempt";

	private final QuizAttemptRepository attempts;

	private final TrainingRecords records;

	private final Completions completions;

	private final AuditTrail audit;

	private final Clock clock;

	private final TrainingSettings settings;

	private final Random random = new SecureRandom();

	ELearning(QuizAttemptRepository attempts, TrainingRecords records, Completions completions, AuditTrail audit,
			Clock clock, TrainingSettings settings) {
		this.attempts = attempts;
		this.records = records;
		this.completions = completions;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * @return the e-learning's pages, in order
	 */
	public List<ELearningPage> pages() {
		return ELearningPage.PAGES;
	}

	/**
	 * @return the share of answers, in percent, needed to pass
	 */
	public int passMark() {
		return this.settings.passMark();
	}

	/**
	 * Starts an attempt at the quiz.
	 * @return the attempt
	 */
	@Transactional
	public UUID start(MemberId member) {
		UUID id = UUID.randomUUID();
		this.attempts.insert(id, member, this.clock.instant(),
				QuestionBank.draw(this.settings.quizQuestions(), this.random));
		return id;
	}

	/**
	 * @return the attempt, if it is this Member's
	 * @throws TrainingNotFound otherwise
	 */
	@Transactional(readOnly = true)
	public QuizAttempt attempt(UUID id, MemberId member) {
		return this.attempts.find(id, member).orElseThrow(() -> new TrainingNotFound("quiz attempt " + id));
	}

	/**
	 * Marks an attempt. A pass records a completion for each e-learning requirement that
	 * applies to the Member. An attempt is marked once; submitting again changes nothing.
	 * @param answers the index of the answer to each question, in order
	 * @return the marked attempt
	 */
	@Transactional
	public QuizAttempt submit(UUID id, MemberId member, List<Integer> answers) {
		QuizAttempt attempt = attempt(id, member);
		if (attempt.submitted()) {
			return attempt;
		}
		if (answers.size() != attempt.questions().size()) {
			throw new IllegalArgumentException("Every question needs an answer");
		}
		int right = QuizAttempt.score(attempt.questions(), answers);
		boolean passed = QuizAttempt.passes(right, answers.size(), this.settings.passMark());
		this.attempts.mark(id, answers, right, passed, this.clock.instant());
		this.audit.record(ATTEMPT, id, passed ? "passed" : "not passed",
				List.of(FieldChange.of("score", null, right + " out of " + answers.size())));
		if (passed) {
			for (TrainingRecord record : this.records.of(member)) {
				if (record.requirement().eLearning()) {
					this.completions.record(member, record.requirement().id(), LocalDate.now(this.clock),
							CompletionMethod.E_LEARNING, reference(id));
				}
			}
		}
		return attempt(id, member);
	}

	/**
	 * @return the completions a passed attempt recorded
	 */
	@Transactional(readOnly = true)
	public List<Completion> completionsFrom(UUID attempt) {
		return this.completions.restingOn(reference(attempt));
	}

	private static String reference(UUID attempt) {
		return "quiz attempt " + attempt;
	}

}
