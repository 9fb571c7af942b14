package org.membercomms.accounts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in PostgreSQL, so that every instance of the
 * application sees the same count, and locks a username for a while after too many.
 * <p>
 * Unknown usernames are counted too, so the lock does not tell anyone which usernames
 * exist.
 */
@Component
class SignInThrottle {

	private final SignInThrottleRepository failures;

	private final SignInSettings settings;

	private final Clock clock;

	SignInThrottle(SignInThrottleRepository failures, SignInSettings settings, Clock clock) {
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		Instant now = this.clock.instant();
		return this.failures.lockedUntil(AccountRepository.normalise(username))
			.map(lockedUntil -> lockedUntil.isAfter(now))
			.orElse(false);
	}

	/**
	 * Records a failure, atomically across instances, and locks the username when it
	 * reaches the limit within the window.
	 * @param username the username tried
	 * @return the failures counted in the current window
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int recordFailure(String username) {
		Instant now = this.clock.instant();
		return this.failures.recordFailure(AccountRepository.normalise(username), now,
				now.minus(this.settings.failureWindow()), this.settings.maxFailures(),
				now.plus(this.settings.lockout()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		this.failures.clear(AccountRepository.normalise(username));
	}

}
