package org.membercomms.commsplan;

/**
 * A priority of the Strategic Plan, under its theme and plan period.
 *
 * @param id the id
 * @param name what the council aims at, e.g. "Schools"
 * @param theme the theme's name: People, Place or Business
 * @param period the plan period's name
 * @param retired whether it is no longer offered to new items (items keep it)
 * @param startingData whether it came with MemberComms rather than from a comms officer
 */
public record Priority(PriorityId id, String name, String theme, String period, boolean retired, boolean startingData) {

	/**
	 * @return the theme and name, as lists show it: "People: Schools"
	 */
	public String label() {
		return this.theme + ": " + this.name;
	}

}
