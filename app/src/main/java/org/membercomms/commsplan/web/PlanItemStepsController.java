package org.membercomms.commsplan.web;

import java.util.List;

import org.membercomms.commsplan.PlanItemId;
import org.membercomms.commsplan.PlanItemNotAllowed;
import org.membercomms.commsplan.PlanItems;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of an item's workflow: plan, send for approval, approve or return, publish,
 * evaluate. A refused step shows the item page with the reason in the error summary.
 */
@Controller
class PlanItemStepsController {

	private static final String ITEM = "/comms-plan/items/{id}";

	private final PlanItems items;

	private final PlanItemPages pages;

	PlanItemStepsController(PlanItemPages pages) {
		this.items = pages.items();
		this.pages = pages;
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(ITEM + "/planning")
	String plan(@PathVariable String id, Authentication person, Model model, RedirectAttributes redirect) {
		return step(id, "actions", () -> this.items.plan(PlanItemId.parse(id)), "The item is now planned", person,
				model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(ITEM + "/submission")
	String submit(@PathVariable String id, Authentication person, Model model, RedirectAttributes redirect) {
		List<String> problems = this.items.submit(PlanItemId.parse(id));
		if (!problems.isEmpty()) {
			return refused(id, "actions", problems.get(0), person, model);
		}
		redirect.addFlashAttribute("notice", "The item has been sent for approval");
		return "redirect:/comms-plan/items/" + id;
	}

	@PreAuthorize(CommsPlanRoles.APPROVERS)
	@PostMapping(ITEM + "/approval")
	String approve(@PathVariable String id, Authentication person, Model model, RedirectAttributes redirect) {
		return step(id, "approve",
				() -> this.items.approve(PlanItemId.parse(id),
						Authorities.allows(person, CommsPlanRoles.MONITORING_OFFICER)),
				"The item has been approved", person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.APPROVERS)
	@PostMapping(ITEM + "/return")
	String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication person,
			Model model, RedirectAttributes redirect) {
		return step(id, "reason", () -> this.items.reject(PlanItemId.parse(id), reason),
				"The item has been returned to planned", person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(ITEM + "/publication")
	String publish(@PathVariable String id, Authentication person, Model model, RedirectAttributes redirect) {
		return step(id, "actions", () -> this.items.publish(PlanItemId.parse(id)), "The item is marked as published",
				person, model, redirect);
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping(ITEM + "/evaluation")
	String evaluate(@PathVariable String id, @RequestParam(defaultValue = "") String evaluation, Authentication person,
			Model model, RedirectAttributes redirect) {
		return step(id, "evaluation", () -> this.items.evaluate(PlanItemId.parse(id), evaluation),
				"The evaluation has been saved", person, model, redirect);
	}

	private String step(String id, String field, Runnable action, String notice, Authentication person, Model model,
			RedirectAttributes redirect) {
		try {
			action.run();
		}
		catch (PlanItemNotAllowed ex) {
			return refused(id, field, ex.getMessage(), person, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/comms-plan/items/" + id;
	}

	private String refused(String id, String field, String message, Authentication person, Model model) {
		return this.pages.item(model, person, this.items.item(PlanItemId.parse(id)),
				List.of(new FieldError(field, message)));
	}

}
