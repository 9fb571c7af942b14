package org.membercomms.accounts;

import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to two-factor authentication: a person sets up a key in their
 * authenticator app, confirming it with a code; at sign-in each code is accepted once; an
 * administrator removes a key when its phone is lost. Keys are written to the audit trail
 * only as having changed.
 */
@Service
public class SecondFactors {

	private final AccountRepository accounts;

	private final AuthenticatorCodes codes;

	private final AccountTrail trail;

	private final Clock clock;

	SecondFactors(AccountRepository accounts, AuthenticatorCodes codes, AccountTrail trail, Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * @return a new random key for a person to add to their authenticator app
	 */
	public String newKey() {
		return this.codes.newSecret();
	}

	/**
	 * @param key a key
	 * @return the key in groups of four characters, easier to type
	 */
	public String grouped(String key) {
		return AuthenticatorCodes.grouped(key);
	}

	/**
	 * @param key a key
	 * @param username whose it is
	 * @return the key as a QR code that authenticator apps read, as a PNG data URI
	 */
	public String qrCode(String key, String username) {
		return this.codes.qrCode(key, username);
	}

	/**
	 * Sets up a second factor confirmed with a code of the new key, which is used up like
	 * a code at sign-in. Replaces any earlier key.
	 * @param id the account
	 * @param key the new key
	 * @param code the code the person's app shows for it
	 * @return whether the code was right, and so the key set up
	 */
	@Transactional
	public boolean setUp(AccountId id, String key, String code) {
		OptionalLong step = this.codes.step(key, code);
		if (step.isEmpty()) {
			return false;
		}
		setUp(id, key);
		this.accounts.useCodeStep(id, step.getAsLong());
		return true;
	}

	/**
	 * Removes a person's second factor, for example when they lose their phone. A person
	 * who needs one must then set a new one up at their next sign-in.
	 * @param id the account
	 * @throws NoSuchAccount if there is no such account
	 */
	@Transactional
	public void remove(AccountId id) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NoSuchAccount(id));
		if (!account.secondFactor()) {
			return;
		}
		this.accounts.setSecondFactorSecret(account.id(), null, this.clock.instant());
		this.trail.secretChanged(account.id(), "second factor removed", "second factor key");
	}

	/**
	 * Sets up a second factor with a known key (the demo accounts', and tests).
	 */
	@Transactional
	void setUp(AccountId id, String key) {
		this.accounts.setSecondFactorSecret(id, key, this.clock.instant());
		this.trail.secretChanged(id, "second factor set up", "second factor key");
	}

	/**
	 * Checks a one-time code at sign-in and uses it up: the same code, or one of an
	 * earlier time step, is never accepted again for the account (RFC 6238 section 5.2),
	 * so a code seen over someone's shoulder or relayed by a phishing page cannot be used
	 * after them.
	 * @param id the account signing in
	 * @param code what they typed
	 * @return whether the code is right and was not used before
	 */
	@Transactional
	CodeCheck use(AccountId id, String code) {
		OptionalLong step = this.accounts.secondFactorSecret(id)
			.map(secret -> this.codes.step(secret, code))
			.orElse(OptionalLong.empty());
		if (step.isEmpty()) {
			return CodeCheck.WRONG;
		}
		return this.accounts.useCodeStep(id, step.getAsLong()) ? CodeCheck.RIGHT : CodeCheck.USED;
	}

	/** What a one-time code typed at sign-in turned out to be. */
	enum CodeCheck {

		RIGHT, WRONG, USED

	}

}
