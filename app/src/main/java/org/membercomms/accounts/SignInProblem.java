package org.membercomms.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in failed, as the sign-in page tells it: the field it concerns and the
 * message key.
 */
public enum SignInProblem {

	NO_USERNAME("username", "username"), NO_PASSWORD("password", "password"), WRONG_DETAILS("details", "username"),
	LOCKED("locked", "username"), DISABLED("disabled", "username"), NO_ACCOUNT("no-account", "username"),
	SINGLE_SIGN_ON("single-sign-on", "username"), SESSION_ENDED("session-ended", "username"),
	EMAIL_NOT_VERIFIED("email-not-verified", "username");

	private final String code;

	private final String field;

	SignInProblem(String code, String field) {
		this.code = code;
		this.field = field;
	}

	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return "sign-in.error." + this.code;
	}

	public static Optional<SignInProblem> ofCode(String code) {
		return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst();
	}

}
