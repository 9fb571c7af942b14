package org.membercomms.checker.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.membercomms.checker.Category;
import org.membercomms.checker.Finding;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Span;
import org.membercomms.checker.text.Steps;

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
		Draft draft = this.drafts.get(category);
		if (draft == null) {
			draft = new Draft();
			this.drafts.put(category, draft);
		}
		if (draft.severity == null || severity.compareTo(draft.severity) > 0) {
			draft.severity = severity;
		}
		draft.spans.addAll(spans);
		once(draft.reasons, reason);
		once(draft.laws, law);
		once(draft.advice, advice);
	}

	private static void once(List<String> list, String item) {
		if (!list.contains(item)) {
			list.add(item);
		}
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
		return list(new Steps());
	}

	/**
	 * The findings as {@link #list()} gives them, counting a step for each span of
	 * evidence sorted and merged.
	 * @param steps the check's counter
	 * @return the findings in category order
	 */
	public List<Finding> list(Steps steps) {
		for (Draft draft : this.drafts.values()) {
			steps.add(draft.spans.size());
		}
		List<Finding> list = new ArrayList<>(this.drafts.size());
		this.drafts.forEach((category, draft) -> {
			String explanation = (draft.reasons.size() == 1 && draft.laws.size() == 1)
					? explanation(draft.reasons.get(0), draft.laws.get(0)) : "It looks like this post "
							+ String.join(", and ", draft.reasons) + ". " + String.join(" ", draft.laws);
			if (draft.severity == Severity.HIGH_RISK) {
				explanation = explanation + " " + AtStake.of(category);
			}
			String advice = (draft.advice.size() == 1) ? draft.advice.get(0) : String.join(" ", draft.advice);
			list.add(
					new Finding(category, draft.severity, merge(draft.spans), explanation, advice, category.section()));
		});
		return list;
	}

	/**
	 * Explanations of one reason and one law made before: a few rules give most of them.
	 */
	private static final Explained[] EXPLAINED = new Explained[256];

	private record Explained(String reason, String law, String text) {
	}

	private static String explanation(String reason, String law) {
		int k = (reason.hashCode() * 31 + law.hashCode()) & (EXPLAINED.length - 1);
		Explained known = EXPLAINED[k];
		if (known != null && known.reason.equals(reason) && known.law.equals(law)) {
			return known.text;
		}
		String text = "It looks like this post " + reason + ". " + law;
		EXPLAINED[k] = new Explained(reason, law, text);
		return text;
	}

	/** The spans in order, the same span once, and spans that touch or overlap joined. */
	private static List<Span> merge(List<Span> spans) {
		spans.sort(null);
		List<Span> merged = new ArrayList<>(spans.size());
		for (Span span : spans) {
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

		final List<Span> spans = new ArrayList<>();

		final List<String> reasons = new ArrayList<>(2);

		final List<String> laws = new ArrayList<>(2);

		final List<String> advice = new ArrayList<>(2);

	}

}
