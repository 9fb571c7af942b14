package org.membercomms.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.membercomms.system.FieldError;
import org.membercomms.training.RequirementId;

/**
 * What Democratic Services enter to record a completion by hand (training elsewhere, a
 * paper register), as typed.
 *
 * @param requirement the requirement's id
 * @param completedOn the day, {@code 2026-11-20}
 * @param reference what it rests on
 */
public record CompletionForm(String requirement, String completedOn, String reference) {

	static CompletionForm blank() {
		return new CompletionForm("", "", "");
	}

	List<FieldError> problems(LocalDate today) {
		List<FieldError> problems = new ArrayList<>();
		try {
			RequirementId.of((this.requirement == null) ? "" : this.requirement.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldError("requirement", "Select the course"));
		}
		LocalDate day = day();
		if (day == null) {
			problems.add(new FieldError("completedOn", "Enter the date the Member completed the course"));
		}
		else if (day.isAfter(today)) {
			problems.add(new FieldError("completedOn", "The date must be today or in the past"));
		}
		if (this.reference == null || this.reference.isBlank()) {
			problems.add(new FieldError("reference",
					"Enter how the Member completed it, for example the course's provider"));
		}
		else if (this.reference.strip().length() > 300) {
			problems.add(new FieldError("reference", "Enter 300 characters or fewer"));
		}
		return problems;
	}

	LocalDate day() {
		try {
			return LocalDate.parse((this.completedOn == null) ? "" : this.completedOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
