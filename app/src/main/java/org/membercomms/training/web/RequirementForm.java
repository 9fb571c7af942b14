package org.membercomms.training.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.membercomms.members.Committee;
import org.membercomms.system.FieldError;
import org.membercomms.training.Requirement;
import org.membercomms.training.TrainingSettings;

/**
 * What Democratic Services enter to define a requirement, as typed.
 *
 * @param course the course's title
 * @param audience {@code all} or {@code committees}
 * @param committees the committee codes ticked
 * @param validityMonths months a completion is valid
 * @param windowDays days before expiry the renewal window opens
 * @param dueAfterMonths months after assignment the first completion is due
 * @param eLearning {@code yes} when the e-learning completes it
 */
public record RequirementForm(String course, String audience, List<String> committees, String validityMonths,
		String windowDays, String dueAfterMonths, String eLearning) {

	public RequirementForm {
		committees = (committees == null) ? List.of() : List.copyOf(committees);
	}

	static RequirementForm defaults(TrainingSettings settings) {
		return new RequirementForm("", "all", List.of(), String.valueOf(settings.validityMonths()),
				String.valueOf(settings.windowDays()), String.valueOf(settings.dueAfterMonths()), "yes");
	}

	static RequirementForm of(Requirement requirement) {
		return new RequirementForm(requirement.course(), requirement.allMembers() ? "all" : "committees",
				requirement.committees().stream().map(Committee::name).toList(),
				String.valueOf(requirement.validityMonths()), String.valueOf(requirement.windowDays()),
				String.valueOf(requirement.dueAfterMonths()), requirement.eLearning() ? "yes" : "no");
	}

	public boolean ticked(Committee committee) {
		return this.committees.contains(committee.name());
	}

	Set<Committee> chosenCommittees() {
		Set<Committee> chosen = EnumSet.noneOf(Committee.class);
		this.committees.forEach(code -> Committee.named(code).ifPresent(chosen::add));
		return chosen;
	}

	List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		if (this.course == null || this.course.isBlank()) {
			problems.add(new FieldError("course", "Enter the course's title"));
		}
		else if (this.course.strip().length() > 200) {
			problems.add(new FieldError("course", "The course's title must be 200 characters or fewer"));
		}
		if (!"all".equals(this.audience) && !"committees".equals(this.audience)) {
			problems.add(new FieldError("audience", "Select who must take the course"));
		}
		else if ("committees".equals(this.audience) && chosenCommittees().isEmpty()) {
			problems.add(new FieldError("committees", "Select at least one committee"));
		}
		number(this.validityMonths, 1, 60, "validityMonths",
				"Enter how many months a completion is valid, from 1 to 60", problems);
		number(this.windowDays, 0, 365, "windowDays", "Enter the days before expiry, from 0 to 365", problems);
		number(this.dueAfterMonths, 1, 24, "dueAfterMonths", "Enter the months after assignment, from 1 to 24",
				problems);
		return problems;
	}

	private static void number(String text, int min, int max, String field, String message, List<FieldError> problems) {
		if (parse(text) < min || parse(text) > max) {
			problems.add(new FieldError(field, message));
		}
	}

	static int parse(String text) {
		try {
			return Integer.parseInt((text == null) ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			return Integer.MIN_VALUE;
		}
	}

}
