package org.membercomms.accounts;

import java.util.UUID;

/**
 * Identifies an account.
 *
 * @param value the id
 */
public record AccountId(UUID value) {

	/**
	 * @param text an id as it appears in a page's address
	 * @return the id
	 * @throws IllegalArgumentException if the text is not an id
	 */
	public static AccountId of(String text) {
		return new AccountId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
