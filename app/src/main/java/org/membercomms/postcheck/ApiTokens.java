package org.membercomms.postcheck;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.system.Secrets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a person creates and revokes their own. A token is 256 random
 * bits; only its SHA-256 hash is stored, and the audit trail records that a token was
 * created or revoked, never the token itself.
 */
@Service
public class ApiTokens {

	static final String RECORD_TYPE = "API token";

	static final String PREFIX = "mct_";

	private final ApiTokenRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository repository, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The secret of a new token, to show its owner once.
	 *
	 * @param id the token's id
	 * @param secret the token to put in {@code Authorization: Bearer}
	 */
	public record NewToken(UUID id, String secret) {

		@Override
		public String toString() {
			return "NewToken[" + this.id + "]";
		}

	}

	/**
	 * Creates a token for its owner.
	 * @param owner the signed-in person
	 * @param name what they call it
	 * @return the token, whose secret is shown once
	 */
	@Transactional
	public NewToken create(String owner, String name) {
		String secret = PREFIX + Secrets.create();
		UUID id = UUID.randomUUID();
		this.repository.insert(id, owner, name, Secrets.hash(secret), this.clock.instant());
		this.audit.record(RECORD_TYPE, id, "created", List.of(FieldChange.of("owner", null, owner),
				FieldChange.of("name", null, name), FieldChange.secret("token")));
		return new NewToken(id, secret);
	}

	/**
	 * Revokes one of the owner's working tokens.
	 * @param owner the signed-in person
	 * @param id their token
	 * @throws CheckNotFound when they have no such working token
	 */
	@Transactional
	public void revoke(String owner, UUID id) {
		int revoked = this.repository.revoke(owner, id, this.clock.instant());
		if (revoked == 0) {
			throw new CheckNotFound("API token");
		}
		this.audit.record(RECORD_TYPE, id, "revoked", List.of(FieldChange.of("status", "active", "revoked")));
	}

	/**
	 * @param owner the signed-in person
	 * @return their tokens, newest first, revoked ones included
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> of(String owner) {
		return this.repository.of(owner);
	}

	/**
	 * @param secret a token from an {@code Authorization} header
	 * @return who it belongs to, if it is a token that has not been revoked
	 */
	@Transactional
	public Optional<ApiTokenHolder> holderOf(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return this.repository.use(Secrets.hash(secret), this.clock.instant());
	}

}
