package org.membercomms.postcheck;

import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.Verdict;

/**
 * Plain-English names for the checker's categories, severities and verdicts, as pages
 * show them.
 */
public final class Categories {

	private Categories() {
	}

	public static String title(Category category) {
		return switch (category) {
			case DEFAMATION -> "Defamation";
			case COPYRIGHT -> "Copyright";
			case HARASSMENT -> "Harassment";
			case DATA_PROTECTION -> "Data protection";
			case INCITEMENT -> "Incitement";
			case DISCRIMINATION -> "Discrimination";
			case MALICIOUS_COMMUNICATION -> "Offensive or menacing language";
			case CONFIDENTIALITY -> "Confidential information";
			case PREDETERMINATION -> "Predetermination";
			case DISRESPECT -> "Respect for others";
			case PRE_ELECTION -> "Pre-election period";
			case FOI -> "Freedom of Information";
			case ACCESSIBILITY -> "Accessibility";
		};
	}

	public static String title(Severity severity) {
		return switch (severity) {
			case ADVICE -> "Advice";
			case CAUTION -> "Think again";
			case HIGH_RISK -> "High risk";
		};
	}

	public static String title(Verdict verdict) {
		return switch (verdict) {
			case CLEAR -> "No problems found";
			case CAUTION -> "Think again before posting";
			case HIGH_RISK -> "High risk: do not post this";
		};
	}

	/**
	 * @param verdict a verdict
	 * @return the GOV.UK tag modifier that colours it (the words say it too)
	 */
	public static String tagClass(Verdict verdict) {
		return switch (verdict) {
			case CLEAR -> "govuk-tag--green";
			case CAUTION -> "govuk-tag--yellow";
			case HIGH_RISK -> "govuk-tag--red";
		};
	}

	public static String tagClass(Severity severity) {
		return switch (severity) {
			case ADVICE -> "govuk-tag--blue";
			case CAUTION -> "govuk-tag--yellow";
			case HIGH_RISK -> "govuk-tag--red";
		};
	}

}
