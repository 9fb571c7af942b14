package org.membercomms.commsplan.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.membercomms.commsplan.PlanChannel;
import org.membercomms.commsplan.PlanItem;
import org.membercomms.commsplan.PlanItemKind;
import org.membercomms.commsplan.PlanItemStatus;
import org.membercomms.commsplan.PlanItems;
import org.membercomms.commsplan.Priority;
import org.membercomms.commsplan.PreElectionReviews;
import org.membercomms.commsplan.PriorityId;
import org.membercomms.commsplan.StrategicPlan;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the item page and the item form, for the controllers that show them
 * after a step or a refused one.
 */
@Component
class PlanItemPages {

	private final PlanItems items;

	private final StrategicPlan plan;

	private final PreElectionReviews preElection;

	PlanItemPages(PlanItems items, StrategicPlan plan, PreElectionReviews preElection) {
		this.items = items;
		this.plan = plan;
		this.preElection = preElection;
	}

	Map<PriorityId, Priority> priorities() {
		return this.plan.allPriorities().stream().collect(Collectors.toMap(Priority::id, Function.identity()));
	}

	String item(Model model, Authentication person, PlanItem item, List<FieldError> errors) {
		model.addAttribute("view", PlanItemView.of(item, priorities()));
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit", Authorities.allows(person, CommsPlanRoles.EDITORS));
		model.addAttribute("canApprove",
				Authorities.allows(person, CommsPlanRoles.APPROVERS) && item.status() == PlanItemStatus.IN_APPROVAL);
		model.addAttribute("preElection", this.preElection.flag(item));
		model.addAttribute("marks", this.preElection.marks(item.id()));
		model.addAttribute("isMonitoringOfficer", Authorities.allows(person, CommsPlanRoles.MONITORING_OFFICER));
		return "commsplan/item";
	}

	/**
	 * @param item the item being edited, or {@code null} for a new one
	 */
	String form(Model model, PlanItem item, PlanItemForm form, List<FieldError> errors) {
		List<Priority> current = this.plan.current()
			.map(period -> period.themes().stream().flatMap(theme -> theme.current().stream()).toList())
			.orElse(List.of());
		List<Priority> offered = current;
		if (item != null) {
			Map<PriorityId, Priority> known = priorities();
			List<Priority> kept = item.details()
				.priorities()
				.stream()
				.filter(id -> current.stream().noneMatch(priority -> priority.id().equals(id)))
				.map(known::get)
				.toList();
			offered = java.util.stream.Stream.concat(current.stream(), kept.stream()).toList();
		}
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("priorities", offered);
		model.addAttribute("kinds", List.of(PlanItemKind.values()));
		model.addAttribute("channels", List.of(PlanChannel.values()));
		return "commsplan/itemForm";
	}

	/**
	 * @return the form's problems, including priorities that are not offered
	 */
	List<FieldError> problems(PlanItemForm form) {
		List<FieldError> problems = form.problems();
		if (FieldError.about(problems, "priorities") == null) {
			Map<PriorityId, Priority> known = priorities();
			boolean unknown = form.priorities()
				.stream()
				.anyMatch(id -> !known.containsKey(new PriorityId(java.util.UUID.fromString(id))));
			if (unknown) {
				problems = new java.util.ArrayList<>(problems);
				problems.add(new FieldError("priorities", "Choose at least one priority of the Strategic Plan"));
			}
		}
		return problems;
	}

	PreElectionReviews preElection() {
		return this.preElection;
	}

	PlanItems items() {
		return this.items;
	}

}
