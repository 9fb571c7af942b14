package org.membercomms.postcheck;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in their list: never the secret, which is
 * shown once when it is created and then kept only as its SHA-256 hash.
 *
 * @param id the token's id
 * @param name what its owner called it
 * @param createdAt when it was created
 * @param lastUsedAt when it was last used, or {@code null}
 * @param revokedAt when it was revoked, or {@code null} while it works
 */
public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
