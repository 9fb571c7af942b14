package org.membercomms.commsplan;

/**
 * What a plan item is.
 */
public enum PlanItemKind {

	CAMPAIGN("Campaign"), ANNOUNCEMENT("Announcement"), CONSULTATION("Consultation"), EVENT("Event");

	private final String title;

	PlanItemKind(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
