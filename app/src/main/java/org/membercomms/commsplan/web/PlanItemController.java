package org.membercomms.commsplan.web;

import java.util.List;
import java.util.Map;

import org.membercomms.commsplan.PlanItem;
import org.membercomms.commsplan.PlanItemId;
import org.membercomms.commsplan.PlanItemNotAllowed;
import org.membercomms.commsplan.PlanItems;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of plan items, an item's page, and the form that creates or edits one.
 */
@Controller
class PlanItemController {

	private final PlanItems items;

	private final PlanItemPages pages;

	PlanItemController(PlanItemPages pages) {
		this.items = pages.items();
		this.pages = pages;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping("/comms-plan/items")
	String list(Model model, Authentication person) {
		Map<PriorityId, Priority> known = this.pages.priorities();
		var all = this.items.all();
		model.addAttribute("items", all.stream().map(item -> PlanItemView.of(item, known)).toList());
		model.addAttribute("preElection", this.pages.preElection().flagged(all));
		model.addAttribute("canEdit", org.membercomms.system.Authorities.allows(person, CommsPlanRoles.EDITORS));
		return "commsplan/items";
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@GetMapping("/comms-plan/items/new")
	String newItem(Model model) {
		return this.pages.form(model, null, PlanItemForm.blank(), List.of());
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping("/comms-plan/items")
	String create(@ModelAttribute PlanItemForm form, Model model, RedirectAttributes redirect) {
		List<FieldError> problems = this.pages.problems(form);
		if (!problems.isEmpty()) {
			return this.pages.form(model, null, form, problems);
		}
		PlanItemId id = this.items.create(form.toDetails(), form.planned());
		redirect.addFlashAttribute("notice", "The item has been added to the plan");
		return "redirect:/comms-plan/items/" + id;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping("/comms-plan/items/{id}")
	String show(@PathVariable String id, Model model, Authentication person) {
		return this.pages.item(model, person, this.items.item(PlanItemId.parse(id)), List.of());
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@GetMapping("/comms-plan/items/{id}/edit")
	String edit(@PathVariable String id, Authentication person, Model model) {
		PlanItem item = this.items.item(PlanItemId.parse(id));
		if (!item.status().editable()) {
			return this.pages.item(model, person, item,
					List.of(new FieldError("actions", "Only an idea or a planned item can be changed: this item is "
							+ item.status().title().toLowerCase())));
		}
		return this.pages.form(model, item, PlanItemForm.of(item), List.of());
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping("/comms-plan/items/{id}/edit")
	String save(@PathVariable String id, @ModelAttribute PlanItemForm form, Model model, RedirectAttributes redirect) {
		PlanItem item = this.items.item(PlanItemId.parse(id));
		List<FieldError> problems = this.pages.problems(form);
		if (problems.isEmpty()) {
			try {
				this.items.edit(item.id(), form.toDetails());
				redirect.addFlashAttribute("notice", "Your changes have been saved");
				return "redirect:/comms-plan/items/" + id;
			}
			catch (PlanItemNotAllowed ex) {
				problems = List.of(new FieldError("title", ex.getMessage()));
			}
		}
		return this.pages.form(model, item, form, problems);
	}

}
