package org.membercomms.training;

import java.util.UUID;

/**
 * Identifies a training requirement.
 *
 * @param value the id
 */
public record RequirementId(UUID value) {

	public static RequirementId of(String text) {
		return new RequirementId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
