package org.membercomms.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails are sent.
 *
 * @param from the sender's address
 * @param sendEvery how often the outbox is checked
 * @param maxAttempts how many times an email is tried before it is marked failed
 * @param retryAfter the wait after the first failure, doubled after each further one
 */
@ConfigurationProperties("membercomms.notifications")
record NotificationSettings(String from, Duration sendEvery, Integer maxAttempts, Duration retryAfter) {

	NotificationSettings {
		from = (from == null || from.isBlank()) ? "MemberComms <no-reply@example.org>" : from;
		sendEvery = (sendEvery == null) ? Duration.ofSeconds(10) : sendEvery;
		maxAttempts = (maxAttempts == null) ? 5 : maxAttempts;
		retryAfter = (retryAfter == null) ? Duration.ofMinutes(1) : retryAfter;
	}

	/**
	 * @param attemptsMade the attempts made so far
	 * @return how long to wait before the next attempt
	 */
	Duration waitAfter(int attemptsMade) {
		return this.retryAfter.multipliedBy(1L << Math.min(attemptsMade - 1, 10));
	}

}
