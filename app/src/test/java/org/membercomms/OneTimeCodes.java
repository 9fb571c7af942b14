package org.membercomms;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * Computes the code an authenticator app would show now, as
 * {@code oathtool --totp -b KEY} does, including for the demo accounts whose fixed keys
 * the README lists.
 */
public final class OneTimeCodes {

	/** The demo accounts' fixed second-factor keys, as listed in the README. */
	public static final Map<String, String> DEMO_KEYS = Map.of("admin", "DEMOADMINSECRETKEYFORMEMBERCOMMS",
			"monitoring", "DEMOMONITORINGOFFICERSECRETKEYMC");

	private OneTimeCodes() {
	}

	/**
	 * @param key a base-32 key
	 * @return the current 6-digit code for it
	 */
	public static String now(String key) {
		try {
			return new DefaultCodeGenerator().generate(key, Math.floorDiv(Instant.now().getEpochSecond(), 30));
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param username a demo username
	 * @return the current code of that demo account, if it has a second factor
	 */
	public static Optional<String> forDemo(String username) {
		return Optional.ofNullable(DEMO_KEYS.get(username)).map(OneTimeCodes::now);
	}

}
