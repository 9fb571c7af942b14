package org.membercomms.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one way to make a secret that is shown once and kept only as its hash: API tokens,
 * password links and calendar feed addresses. A secret is 256 random bits, URL-safe
 * Base64 without padding; its hash is SHA-256 in lower-case hex.
 */
public final class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/**
	 * @return a new secret of 256 random bits, safe in a URL
	 */
	public static String create() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * @param secret a secret as given
	 * @return its SHA-256 hash, the only form that is stored
	 */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
