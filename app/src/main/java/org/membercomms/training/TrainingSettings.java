package org.membercomms.training;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults for new training requirements, and how often assignments are brought in line
 * with the members directory.
 *
 * @param newMemberDue how long a newly elected Member has after taking office
 * @param validityMonths how long a completion stays valid, unless a requirement says
 * otherwise
 * @param windowDays how many days before expiry the recertification window opens
 * @param dueAfterMonths how long everyone else has after assignment
 * @param passMark the share of quiz answers, in percent, needed to pass
 * @param quizQuestions how many questions a quiz draws from the bank
 * @param reconcileEvery how often assignments are checked against the directory, and
 * reminders sent
 * @param democraticServicesEmail where Democratic Services are told of a late Member who
 * leads their group, has none, or whose group has no leader
 */
@ConfigurationProperties("membercomms.training")
public record TrainingSettings(Period newMemberDue, Integer validityMonths, Integer windowDays, Integer dueAfterMonths,
		Integer passMark, Integer quizQuestions, Duration reconcileEvery, String democraticServicesEmail) {

	public TrainingSettings {
		newMemberDue = (newMemberDue == null) ? Period.ofMonths(1) : newMemberDue;
		validityMonths = (validityMonths == null) ? 12 : validityMonths;
		windowDays = (windowDays == null) ? 60 : windowDays;
		dueAfterMonths = (dueAfterMonths == null) ? 2 : dueAfterMonths;
		passMark = (passMark == null) ? 80 : passMark;
		quizQuestions = (quizQuestions == null) ? 10 : quizQuestions;
		reconcileEvery = (reconcileEvery == null) ? Duration.ofHours(1) : reconcileEvery;
		democraticServicesEmail = (democraticServicesEmail == null || democraticServicesEmail.isBlank())
				? "democratic.services@example.org" : democraticServicesEmail.strip();
	}

}
