package org.membercomms.postcheck.archive;

/**
 * The exports of past posts the archive review reads.
 */
public enum ArchiveFormat {

	TWITTER("X (Twitter) archive tweets.js"), FACEBOOK("Facebook \"your posts\" JSON"),
	MASTODON("Mastodon outbox.json"), CSV("CSV with a date and a text column");

	/** What a person is told when their file is none of these. */
	static final String EXPECTED = "Upload an X (Twitter) archive's tweets.js, a Facebook \"your posts\" JSON file, "
			+ "a Mastodon outbox.json, or a CSV file with a date column and a text column";

	private final String title;

	ArchiveFormat(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
