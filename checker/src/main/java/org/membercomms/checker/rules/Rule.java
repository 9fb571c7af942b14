package org.membercomms.checker.rules;

/**
 * One check a post goes through: it reads the analysed post and adds findings. Rules are
 * stateless after construction and safe to share between threads.
 */
public interface Rule {

	/**
	 * Checks one post.
	 * @param post the analysed post
	 * @param findings where to add what is found
	 */
	void check(Analysis post, Findings findings);

}
