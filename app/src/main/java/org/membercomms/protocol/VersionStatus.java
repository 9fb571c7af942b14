package org.membercomms.protocol;

/**
 * Where a version of a document stands. A draft is edited, sent for approval, and either
 * returned to draft or approved and published by the Monitoring Officer. Published
 * versions never change.
 */
public enum VersionStatus {

	DRAFT("Draft"), AWAITING_APPROVAL("Awaiting approval"), PUBLISHED("Published");

	private final String title;

	VersionStatus(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
