package org.membercomms.commsplan;

/**
 * Where a plan item goes out. Each is one of the council's own channels, so copy on any
 * of them goes through approval.
 */
public enum PlanChannel {

	PRESS_RELEASE("Press release"), COUNCIL_WEBSITE("Council website"),
	COUNCIL_SOCIAL_MEDIA("Council social media accounts"), MEMBERS_BRIEFING("Members' briefing"),
	NEWSLETTER("Newsletter");

	private final String title;

	PlanChannel(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
