package org.membercomms.accounts;

import java.time.Clock;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
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
 * step either side of it, for clocks that differ a little.
 */
@Component
class SecondFactor {

	private final CodeVerifier verifier;

	private final CouncilSettings council;

	SecondFactor(Clock clock, CouncilSettings council) {
		DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
				() -> clock.instant().getEpochSecond());
		verifier.setTimePeriod(30);
		verifier.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = verifier;
		this.council = council;
	}

	/**
	 * @return a new random secret: 32 base-32 characters (160 bits)
	 */
	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * @param secret the person's secret
	 * @param code what they typed; spaces do not matter
	 * @return whether the code is right now
	 */
	boolean verify(String secret, String code) {
		if (secret == null || code == null) {
			return false;
		}
		String digits = code.replaceAll("\\s", "");
		return digits.matches("\\d{6}") && this.verifier.isValidCode(secret, digits);
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
			.period(30)
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
