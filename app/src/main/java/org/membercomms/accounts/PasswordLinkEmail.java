package org.membercomms.accounts;

import java.time.Duration;

import org.membercomms.system.CouncilSettings;

/**
 * The email that brings a person a one-time link to set their password, when their
 * account is opened or when someone asks for a new password.
 *
 * @param subject the email's subject
 * @param body the email's text
 */
record PasswordLinkEmail(String subject, String body) {

	private static final String SUBJECT = "Set your %s password";

	/** Service name, council name, username. */
	private static final String NEW_ACCOUNT = "An account has been opened for you on %s at %s. Your username is %s.";

	/** Service name, username. */
	private static final String NEW_PASSWORD = "Someone asked for a new %s password for your username %s.";

	/** Name, opening, how long the link works, the link, whom to tell. */
	private static final String BODY = """
			Hello %s,

			%s

			Set your password with this link. It works once, for %s:
			%s

			If you did not expect this email, tell %s.
			""";

	/**
	 * @param account whose password the link sets
	 * @param newAccount whether the account was just opened
	 * @param link the link
	 * @param lifetime how long the link works
	 * @param council who runs the service
	 * @return the email
	 */
	static PasswordLinkEmail of(Account account, boolean newAccount, String link, Duration lifetime,
			CouncilSettings council) {
		String opening = newAccount ? NEW_ACCOUNT.formatted(council.serviceName(), council.name(), account.username())
				: NEW_PASSWORD.formatted(council.serviceName(), account.username());
		return new PasswordLinkEmail(SUBJECT.formatted(council.serviceName()),
				BODY.formatted(account.displayName(), opening, describe(lifetime), link, council.contactEmail()));
	}

	/**
	 * @return the duration in words: "1 hour", "2 hours", "30 minutes"
	 */
	static String describe(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			long hours = minutes / 60;
			return (hours == 1) ? "1 hour" : hours + " hours";
		}
		return (minutes == 1) ? "1 minute" : minutes + " minutes";
	}

}
