package org.membercomms.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed sign-ins are throttled.
 *
 * @param maxFailures failures within the window that lock the username
 * @param failureWindow how long failures are counted together
 * @param lockout how long a locked username cannot sign in
 */
@ConfigurationProperties("membercomms.accounts.sign-in")
record SignInSettings(Integer maxFailures, Duration failureWindow, Duration lockout) {

	SignInSettings {
		maxFailures = (maxFailures == null) ? 5 : maxFailures;
		failureWindow = (failureWindow == null) ? Duration.ofMinutes(15) : failureWindow;
		lockout = (lockout == null) ? Duration.ofMinutes(15) : lockout;
	}

}
