package org.membercomms;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * Computes codes as an authenticator app shows them ({@code oathtool --totp -b KEY}),
 * including for the demo accounts whose fixed keys the README lists, never the same one
 * twice.
 */
public final class OneTimeCodes {

	/** The demo accounts' fixed second-factor keys, as listed in the README. */
	public static final Map<String, String> DEMO_KEYS = Map.of("admin", "DEMOADMINSECRETKEYFORMEMBERCOMMS",
			"monitoring", "DEMOMONITORINGOFFICERSECRETKEYMC");

	private OneTimeCodes() {
	}

	/** The last time step each key's code was made for, so that none is made twice. */
	private static final Map<String, Long> LAST_STEP = new HashMap<>();

	/**
	 * A code the application accepts now and has not seen before: MemberComms never
	 * accepts a code twice, and tests sign the same accounts in many times a minute. The
	 * code is of the current 30-second step or the next (the application allows one step
	 * either side); when both were made already, this waits for the next step.
	 * @param key a base-32 key
	 * @return a 6-digit code for it
	 */
	public static synchronized String now(String key) {
		long last = LAST_STEP.getOrDefault(key, Long.MIN_VALUE);
		long step;
		while ((step = Math.max(currentStep(), last + 1)) > currentStep() + 1) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		LAST_STEP.put(key, step);
		try {
			return new DefaultCodeGenerator().generate(key, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long currentStep() {
		return Math.floorDiv(Instant.now().getEpochSecond(), 30);
	}

	/**
	 * @param username a demo username
	 * @return the current code of that demo account, if it has a second factor
	 */
	public static Optional<String> forDemo(String username) {
		return Optional.ofNullable(DEMO_KEYS.get(username)).map(OneTimeCodes::now);
	}

}
