package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.membercomms.checker.Category;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Token;

/**
 * Advice only: council business discussed on a personal account may be disclosable under
 * the Freedom of Information Act. Needs the channel and the date.
 */
final class FoiRule implements Rule {

	static final String LAW = "Under the Freedom of Information Act 2000 information about council business can be "
			+ "requested even when it is held on a Member's personal account.";

	static final String ADVICE = "Assume anything you post or message about council business could be released; keep "
			+ "records of council business on council systems.";

	private static final Set<String> BUSINESS = Set.of("council", "committee", "cabinet", "planning", "budget", "ward",
			"casework", "officer", "officers", "consultation", "scrutiny", "meeting", "application", "licensing",
			"services", "contract", "tender", "councillors", "councillor", "motion", "agenda", "report");

	@Override
	public void check(Analysis post, Findings findings) {
		if (post.context().channel() != Channel.PERSONAL || post.context().date() == null) {
			return;
		}
		List<Span> evidence = new ArrayList<>();
		post.steps().add(post.tokens().size());
		for (Token t : post.tokens()) {
			if (BUSINESS.contains(t.norm())) {
				evidence.add(new Span(t.start(), t.end()));
			}
		}
		if (!evidence.isEmpty()) {
			findings.add(Category.FOI, Severity.ADVICE, evidence, "discusses council business on a personal account",
					LAW, ADVICE);
		}
	}

}
