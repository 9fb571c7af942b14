package org.membercomms.checker.functional;

import org.membercomms.checker.Context;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Post;
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;
import org.membercomms.checker.functional.FunctionalSuite.Case;

/**
 * Checks the functional suite's cases with the checker and scores them: a risky case is
 * right when the post is not CLEAR and has a finding of an expected category at CAUTION
 * or above; a contrast case is right when the post is CLEAR.
 */
final class Scoring {

	private static final PostChecker CHECKER = PostChecker.create();

	private Scoring() {
	}

	/**
	 * Checks a case's post with an empty context.
	 * @param c the case
	 * @return the report
	 */
	static Report check(Case c) {
		return CHECKER.check(Post.of(c.text()), Context.empty());
	}

	/**
	 * Whether the checker got a case right.
	 * @param c the case
	 * @param report the checker's report on it
	 * @return true when right
	 */
	static boolean right(Case c, Report report) {
		if (c.expected().isEmpty()) {
			return report.verdict() == Verdict.CLEAR;
		}
		if (report.verdict() == Verdict.CLEAR) {
			return false;
		}
		for (Finding finding : report.findings()) {
			if (finding.severity() != Severity.ADVICE && c.expected().contains(finding.category())) {
				return true;
			}
		}
		return false;
	}

}
