package org.membercomms.commsplan.web;

import java.util.List;

import org.membercomms.commsplan.PlanItemId;
import org.membercomms.commsplan.PlanItemNotAllowed;
import org.membercomms.commsplan.PreElectionReviews;
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
 * What the author and the Monitoring Officer say about an item for the pre-election
 * period: controversial, or public safety and emergency information.
 */
@Controller
class PreElectionController {

	private final PreElectionReviews reviews;

	private final PlanItemPages pages;

	PreElectionController(PlanItemPages pages) {
		this.reviews = pages.preElection();
		this.pages = pages;
	}

	@PreAuthorize(CommsPlanRoles.EDITORS)
	@PostMapping("/comms-plan/items/{id}/pre-election-marks")
	String markByAuthor(@PathVariable String id, @RequestParam(defaultValue = "false") boolean controversial,
			@RequestParam(defaultValue = "false") boolean publicSafety, Authentication person, Model model,
			RedirectAttributes redirect) {
		PlanItemId item = PlanItemId.parse(id);
		try {
			this.reviews.markByAuthor(item, controversial, publicSafety);
		}
		catch (PlanItemNotAllowed ex) {
			return this.pages.item(model, person, this.pages.items().item(item),
					List.of(new FieldError("controversial", ex.getMessage())));
		}
		redirect.addFlashAttribute("notice", "What the author says has been saved");
		return "redirect:/comms-plan/items/" + id + "#pre-election";
	}

	@PreAuthorize(CommsPlanRoles.MONITORING_OFFICER)
	@PostMapping("/comms-plan/items/{id}/controversy")
	String markByMonitoringOfficer(@PathVariable String id, @RequestParam boolean controversial,
			RedirectAttributes redirect) {
		this.reviews.markByMonitoringOfficer(PlanItemId.parse(id), controversial);
		redirect.addFlashAttribute("notice", controversial ? "The item is marked as controversial"
				: "The Monitoring Officer's controversial mark has been removed");
		return "redirect:/comms-plan/items/" + id + "#pre-election";
	}

}
