package org.membercomms.commsplan.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.membercomms.commsplan.Election;
import org.membercomms.commsplan.ElectionInput;
import org.membercomms.commsplan.Elections;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The elections' pages: Democratic Services enter, change and delete elections; the
 * Monitoring Officer and the communications team read them.
 */
@Controller
@RequestMapping("/elections")
class ElectionController {

	private final Elections elections;

	ElectionController(Elections elections) {
		this.elections = elections;
	}

	@PreAuthorize(CommsPlanRoles.READERS)
	@GetMapping
	String elections(Authentication person, Model model) {
		model.addAttribute("elections", this.elections.all());
		model.addAttribute("canEdit", Authorities.allows(person, CommsPlanRoles.ELECTION_KEEPERS));
		return "commsplan/elections";
	}

	@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
	@GetMapping("/new")
	String newElection(Model model) {
		return form(model, null, ElectionInput.blank(), Map.of());
	}

	@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
	@PostMapping("/new")
	String enter(@ModelAttribute ElectionInput input, Model model, RedirectAttributes redirect) {
		ElectionInput.Checked checked = input.check(this.elections.wards());
		if (!checked.ok()) {
			return form(model, null, input, checked.problems());
		}
		this.elections.enter(checked.details());
		redirect.addFlashAttribute("notice", "The election has been entered");
		return "redirect:/elections";
	}

	@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Election election = this.elections.get(id);
		return form(model, election, ElectionInput.of(election.details()), Map.of());
	}

	@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute ElectionInput input, Model model,
			RedirectAttributes redirect) {
		Election election = this.elections.get(id);
		ElectionInput.Checked checked = input.check(this.elections.wards());
		if (!checked.ok()) {
			return form(model, election, input, checked.problems());
		}
		this.elections.change(id, checked.details());
		redirect.addFlashAttribute("notice", "The election has been saved");
		return "redirect:/elections";
	}

	@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
	@PostMapping("/{id}/deletion")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.elections.delete(id);
		redirect.addFlashAttribute("notice", "The election has been deleted");
		return "redirect:/elections";
	}

	private String form(Model model, Election election, ElectionInput input, Map<String, String> problems) {
		model.addAttribute("election", election);
		model.addAttribute("input", input);
		model.addAttribute("wards", List.copyOf(this.elections.wards()));
		model.addAttribute("errors",
				problems.entrySet()
					.stream()
					.map(problem -> new FieldError(problem.getKey(), problem.getValue()))
					.toList());
		return "commsplan/electionsForm";
	}

}
