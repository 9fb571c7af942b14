package org.membercomms.members.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.membercomms.members.Member;

/**
 * The form that retires a Member.
 *
 * @param retiredOn the date their membership ended
 * @param reason why (term ended, resigned, not re-elected…)
 */
public record RetirementForm(String retiredOn, String reason) {

	static RetirementForm blank() {
		return new RetirementForm("", "");
	}

	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (retiredOn == null || retiredOn.isBlank()) {
			problems.put("retiredOn", "Enter the date the Member's membership ended");
		}
		else if (date() == null) {
			problems.put("retiredOn", "The date must be a real date, like 2026-05-07");
		}
		if (reason == null || reason.isBlank()) {
			problems.put("reason", "Enter why the Member is retiring, for example 'Did not stand for re-election'");
		}
		else if (reason.strip().length() > 500) {
			problems.put("reason", "The reason must be 500 characters or fewer");
		}
		return problems;
	}

	LocalDate date() {
		try {
			return LocalDate.parse(this.retiredOn.strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return null;
		}
	}

}
