package org.membercomms.training;

/**
 * How a Member completed a course.
 */
public enum CompletionMethod {

	SESSION("Attended a session"), E_LEARNING("Passed the e-learning"), RECORDED("Recorded by Democratic Services");

	private final String title;

	CompletionMethod(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
