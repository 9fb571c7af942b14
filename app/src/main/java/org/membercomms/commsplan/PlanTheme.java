package org.membercomms.commsplan;

import java.util.List;
import java.util.UUID;

/**
 * A theme of a plan period (People, Place or Business) with its priorities.
 *
 * @param id the id
 * @param name the theme's name
 * @param priorities its priorities, retired ones included, in order
 */
public record PlanTheme(UUID id, String name, List<Priority> priorities) {

	/**
	 * @return the priorities new items may serve
	 */
	public List<Priority> current() {
		return this.priorities.stream().filter(priority -> !priority.retired()).toList();
	}

}
