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
 * @param abandonedAfter how long an email may stay claimed (SENDING) before it is taken
 * to be abandoned by an instance that stopped mid-send, and sent again
 */
@ConfigurationProperties("membercomms.notifications")
record NotificationSettings(String from, Duration sendEvery, Integer maxAttempts, Duration retryAfter,
		Duration abandonedAfter) {

	NotificationSettings {
		from = (from == null || from.isBlank()) ? "MemberComms <no-reply@example.org>" : from;
		sendEvery = (sendEvery == null) ? Duration.ofSeconds(10) : sendEvery;
		maxAttempts = (maxAttempts == null) ? 5 : maxAttempts;
		retryAfter = (retryAfter == null) ? Duration.ofMinutes(1) : retryAfter;
		abandonedAfter = (abandonedAfter == null) ? Duration.ofMinutes(10) : abandonedAfter;
	}

	/**
	 * @param attemptsMade the attempts made so far
	 * @return how long to wait before the next attempt
	 */
	Duration waitAfter(int attemptsMade) {
		return this.retryAfter.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 10));
	}

	/**
	 * @return the domain of the sender's address, which ends each email's Message-ID
	 */
	String domain() {
		String address = this.from.replaceAll(".*<([^>]+)>.*", "$1").strip();
		int at = address.lastIndexOf('@');
		return (at >= 0 && at < address.length() - 1) ? address.substring(at + 1) : "membercomms.invalid";
	}

}
