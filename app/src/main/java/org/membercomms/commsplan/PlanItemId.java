package org.membercomms.commsplan;

import java.util.UUID;

/**
 * Identifies a plan item.
 *
 * @param value the id
 */
public record PlanItemId(UUID value) {

	/**
	 * @param text the id as text, as in a URL
	 * @return the id
	 */
	public static PlanItemId parse(String text) {
		return new PlanItemId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
