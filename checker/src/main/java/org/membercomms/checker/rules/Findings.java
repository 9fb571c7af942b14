package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;

/**
 * Collects what the rules find, one finding per category: the highest severity, all the
 * evidence, and every reason in plain English.
 */
public final class Findings {

	private final Map<Category, Draft> drafts = new EnumMap<>(Category.class);

	/**
	 * Records a finding.
	 * @param category the category
	 * @param severity how serious
	 * @param spans the evidence
	 * @param reason what the post appears to do, completing "It looks like this post ..."
	 * @param law why that matters, naming the law
	 * @param advice what to do instead
	 */
	public void add(Category category, Severity severity, List<Span> spans, String reason, String law, String advice) {
		Draft draft = this.drafts.computeIfAbsent(category, (c) -> new Draft());
		if (draft.severity == null || severity.compareTo(draft.severity) > 0) {
			draft.severity = severity;
		}
		draft.spans.addAll(spans);
		draft.reasons.add(reason);
		draft.laws.add(law);
		draft.advice.add(advice);
	}

	/**
	 * Whether a category has been found already.
	 * @param category a category
	 * @return true if any rule added it
	 */
	public boolean has(Category category) {
		return this.drafts.containsKey(category);
	}

	/**
	 * @return the findings in category order
	 */
	public List<Finding> list() {
		List<Finding> list = new ArrayList<>(this.drafts.size());
		this.drafts.forEach((category, draft) -> {
			String explanation = "It looks like this post " + String.join(", and ", draft.reasons) + ". "
					+ String.join(" ", draft.laws);
			list.add(new Finding(category, draft.severity, merge(draft.spans), explanation,
					String.join(" ", draft.advice), category.section()));
		});
		return list;
	}

	private static List<Span> merge(Set<Span> sorted) {
		List<Span> merged = new ArrayList<>(sorted.size());
		for (Span span : sorted) {
			if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= span.start()) {
				Span last = merged.remove(merged.size() - 1);
				merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static final class Draft {

		Severity severity;

		final Set<Span> spans = new TreeSet<>();

		final Set<String> reasons = new LinkedHashSet<>();

		final Set<String> laws = new LinkedHashSet<>();

		final Set<String> advice = new LinkedHashSet<>();

	}

}
