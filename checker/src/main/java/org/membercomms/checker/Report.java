package org.membercomms.checker;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checker's answer for one post.
 *
 * @param verdict the highest severity found (advice alone leaves it CLEAR)
 * @param findings what was found, in category order
 * @param offensive how offensive the wording is, from 0 to 1 (0.5 or more is offensive)
 */
public record Report(Verdict verdict, List<Finding> findings, double offensive) {

	public Report {
		findings = List.copyOf(findings);
	}

	/**
	 * The distinct categories of all findings, advice included.
	 * @return the categories in table order
	 */
	public Set<Category> categories() {
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (Finding finding : this.findings) {
			categories.add(finding.category());
		}
		return categories;
	}

}
