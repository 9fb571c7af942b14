package org.membercomms.accounts;

import java.util.UUID;

/**
 * Identifies an account.
 *
 * @param value the id
 */
public record AccountId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
