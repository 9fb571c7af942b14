package org.membercomms.members;

/**
 * A social media platform a Member may have an account on.
 */
public enum Platform {

	FACEBOOK("Facebook"), X("X (Twitter)"), INSTAGRAM("Instagram"), LINKEDIN("LinkedIn"), TIKTOK("TikTok"),
	BLUESKY("Bluesky"), THREADS("Threads"), YOUTUBE("YouTube"), NEXTDOOR("Nextdoor"), OTHER("Other");

	private final String title;

	Platform(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
