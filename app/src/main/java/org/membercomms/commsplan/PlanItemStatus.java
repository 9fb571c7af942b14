package org.membercomms.commsplan;

import java.util.Set;

/**
 * Where a plan item stands: IDEA, PLANNED, IN_APPROVAL, APPROVED, PUBLISHED, EVALUATED.
 * An item in approval goes back to PLANNED when it is rejected or its approval expires.
 */
public enum PlanItemStatus {

	IDEA("Idea"), PLANNED("Planned"), IN_APPROVAL("In approval"), APPROVED("Approved"), PUBLISHED("Published"),
	EVALUATED("Evaluated");

	private final String title;

	PlanItemStatus(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/**
	 * @return the stages an item at this stage may move to
	 */
	public Set<PlanItemStatus> next() {
		return switch (this) {
			case IDEA -> Set.of(PLANNED);
			case PLANNED -> Set.of(IN_APPROVAL);
			case IN_APPROVAL -> Set.of(APPROVED, PLANNED);
			case APPROVED -> Set.of(PUBLISHED);
			case PUBLISHED -> Set.of(EVALUATED);
			case EVALUATED -> Set.of();
		};
	}

	/**
	 * @param next a stage
	 * @return whether an item at this stage may move to it
	 */
	public boolean allows(PlanItemStatus next) {
		return next().contains(next);
	}

	/**
	 * @return whether the item's details may still be edited
	 */
	public boolean editable() {
		return this == IDEA || this == PLANNED;
	}

}
