package org.membercomms.commsplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.membercomms.commsplan.PriorityId;
import org.membercomms.commsplan.StrategicPlan;
import org.membercomms.commsplan.StrategicPlanChangeRefused;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Strategic Plan page: its periods, themes and priorities, which Marketing and
 * Communications add to, rename and retire.
 */
@Controller
class StrategicPlanController {

	private static final String PLAN = "/comms-plan";

	private final StrategicPlan plan;

	StrategicPlanController(StrategicPlan plan) {
		this.plan = plan;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping(PLAN)
	String show(Model model, Authentication person) {
		return page(model, person, List.of());
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(PLAN + "/themes/{theme}/priorities")
	String add(@PathVariable UUID theme, @RequestParam(defaultValue = "") String name, Authentication person,
			Model model, RedirectAttributes redirect) {
		return change(() -> this.plan.addPriority(theme, name), "priority-" + theme, "The priority has been added",
				person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(PLAN + "/priorities/{id}")
	String rename(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, Authentication person,
			Model model, RedirectAttributes redirect) {
		return change(() -> this.plan.renamePriority(new PriorityId(id), name), "name-" + id,
				"The priority has been renamed", person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(PLAN + "/priorities/{id}/retirement")
	String retire(@PathVariable UUID id, Authentication person, Model model, RedirectAttributes redirect) {
		return change(() -> this.plan.retirePriority(new PriorityId(id)), "name-" + id,
				"The priority has been retired. Items planned under it keep it", person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(PLAN + "/periods")
	String startPeriod(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String startsOn,
			@RequestParam(defaultValue = "") String endsOn, Authentication person, Model model,
			RedirectAttributes redirect) {
		LocalDate start;
		LocalDate end;
		try {
			start = LocalDate.parse(startsOn.strip());
			end = LocalDate.parse(endsOn.strip());
		}
		catch (DateTimeParseException ex) {
			return page(model, person,
					List.of(new FieldError("startsOn", "Enter the first and last days of the period as real dates")));
		}
		return change(() -> this.plan.startPeriod(name, start, end), "periodName",
				"The new plan period has started with the themes and priorities of the last one", person, model,
				redirect);
	}

	private String change(Runnable action, String field, String notice, Authentication person, Model model,
			RedirectAttributes redirect) {
		try {
			action.run();
		}
		catch (StrategicPlanChangeRefused ex) {
			return page(model, person, List.of(new FieldError(field, ex.getMessage())));
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + PLAN;
	}

	private String page(Model model, Authentication person, List<FieldError> errors) {
		model.addAttribute("periods", this.plan.periods());
		model.addAttribute("current", this.plan.current().orElse(null));
		model.addAttribute("canEdit", Authorities.allows(person, CommsPlanRoles.EDITORS));
		model.addAttribute("errors", errors);
		return "commsplan/plan";
	}

}
