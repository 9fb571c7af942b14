package org.membercomms.postcheck.web;

/**
 * Who does what with the post checker: everyone signed in checks drafts, keeps or deletes
 * their own history, reviews their own past posts and manages their own API tokens (the
 * pages' sign-in is the only rule there, and nobody sees another person's); the
 * communications team and Democratic Services also read the aggregate figures. The API
 * authenticates by personal token instead.
 */
final class PostCheckRoles {

	/** The communications team and Democratic Services read the checker's figures. */
	static final String FIGURE_READERS = "hasAnyRole('COMMS_OFFICER', 'DEMOCRATIC_SERVICES')";

	private PostCheckRoles() {
	}

}
