package org.membercomms.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.membercomms.system.CouncilSettings;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as every
 * authenticator app makes them. Codes are checked against the application's clock and one
 * step either side of it, for clocks that differ a little; {@link #step} tells which step
 * a code belongs to, so that a code accepted once is never accepted again.
 */
@Component
class AuthenticatorCodes {

	/** Seconds a code lasts. */
	static final int PERIOD = 30;

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final Clock clock;

	private final CouncilSettings council;

	AuthenticatorCodes(Clock clock, CouncilSettings council) {
		this.clock = clock;
		this.council = council;
	}

	/**
	 * @return a new random secret: 32 base-32 characters (160 bits)
	 */
	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * Which time step a code belongs to, checked against the application's clock and one
	 * step either side of it. All three are compared, in constant time, whatever matches.
	 * @param secret the person's secret
	 * @param code what they typed; spaces do not matter
	 * @return the step of the code, or empty when it is not right now
	 */
	OptionalLong step(String secret, String code) {
		if (secret == null || code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = Math.floorDiv(this.clock.instant().getEpochSecond(), PERIOD);
		long found = -1;
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				found = step;
			}
		}
		return (found >= 0) ? OptionalLong.of(found) : OptionalLong.empty();
	}

	private String code(String secret, long step) {
		try {
			return this.generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Could not compute a one-time code", ex);
		}
	}

	/**
	 * @param secret the secret
	 * @param username whose it is
	 * @return the secret as a QR code that authenticator apps read, as a PNG data URI
	 */
	String qrCode(String secret, String username) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(this.council.serviceName() + " (" + this.council.name() + ")")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD)
			.build();
		try {
			ZxingPngQrGenerator png = new ZxingPngQrGenerator();
			png.setImageSize(220);
			return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * @param secret a secret
	 * @return the secret in groups of four characters, easier to type
	 */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
