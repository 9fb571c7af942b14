package org.membercomms.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * One-time links to set a password. The token goes only into the email; the database
 * keeps its SHA-256 hash, when it expires and when it was used. A link works once, until
 * it expires, and a new link for the same account ends the earlier ones.
 */
@Component
class PasswordLinks {

	private static final SecureRandom random = new SecureRandom();

	private final PasswordLinkRepository links;

	private final PasswordLinkSettings settings;

	PasswordLinks(PasswordLinkRepository links, PasswordLinkSettings settings) {
		this.links = links;
		this.settings = settings;
	}

	/**
	 * Issues a link, ending any earlier unused link of the account.
	 * @param accountId the account
	 * @param now the time
	 * @return the link to send
	 */
	String issue(AccountId accountId, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.links.endUnused(accountId, now);
		this.links.insert(hash(token), accountId, now, now.plus(this.settings.expiresAfter()));
		return this.settings.linkFor(token);
	}

	/**
	 * @param accountId an account
	 * @param since a time
	 * @return whether a link was issued for the account after that time
	 */
	boolean issuedSince(AccountId accountId, Instant since) {
		return this.links.issuedSince(accountId, since);
	}

	/**
	 * @param token the token from a link
	 * @param now the time
	 * @return the account the link is for, while it is unused and unexpired
	 */
	Optional<AccountId> accountFor(String token, Instant now) {
		return this.links.accountFor(hash(token), now);
	}

	/**
	 * Uses a link up, atomically: of two requests with the same token only one succeeds.
	 * @param token the token from a link
	 * @param now the time
	 * @return the account the link was for, if it was still unused and unexpired
	 */
	Optional<AccountId> use(String token, Instant now) {
		return this.links.use(hash(token), now);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

}
