package org.membercomms.members;

import java.util.UUID;

/**
 * Identifies a Member of the council. Other modules refer to Members by this id only.
 *
 * @param value the id
 */
public record MemberId(UUID value) {

	public static MemberId of(String text) {
		return new MemberId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
