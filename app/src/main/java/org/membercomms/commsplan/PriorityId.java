package org.membercomms.commsplan;

import java.util.UUID;

/**
 * Identifies a priority of the Strategic Plan; a plan item keeps it for good.
 *
 * @param value the id
 */
public record PriorityId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
