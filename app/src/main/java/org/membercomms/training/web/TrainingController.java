package org.membercomms.training.web;

import java.util.List;
import java.util.Optional;

import org.membercomms.members.Committee;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;
import org.membercomms.training.Requirement;
import org.membercomms.training.RequirementId;
import org.membercomms.training.Requirements;
import org.membercomms.training.TrainingRecord;
import org.membercomms.training.TrainingRecords;
import org.membercomms.training.TrainingSettings;

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
 * A Member's own training, Democratic Services' overview of everyone's, and the
 * requirements.
 */
@Controller
class TrainingController {

	private final Requirements requirements;

	private final TrainingRecords records;

	private final Members members;

	private final TrainingSettings settings;

	TrainingController(Requirements requirements, TrainingRecords records, Members members, TrainingSettings settings) {
		this.requirements = requirements;
		this.records = records;
		this.members = members;
		this.settings = settings;
	}

	@GetMapping("/training")
	@PreAuthorize(TrainingRoles.TRAINEES_AND_ORGANISERS)
	String training(Authentication person, Model model) {
		Optional<MemberId> member = this.members.memberSignedInAs(person.getName());
		List<TrainingRecord> mine = member.map(this.records::of).orElse(List.of());
		model.addAttribute("mine", mine);
		model.addAttribute("isMember", member.isPresent());
		model.addAttribute("notEligible", TrainingRecord.notEligibleToSit(mine));
		boolean organiser = Authorities.allows(person, TrainingRoles.ORGANISERS);
		model.addAttribute("organiser", organiser);
		model.addAttribute("everyone", organiser ? this.records.all() : List.of());
		return "training/overview";
	}

	@GetMapping("/training/requirements")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String requirements(Model model) {
		return requirementsPage(model, RequirementForm.defaults(this.settings), List.of());
	}

	@PostMapping("/training/requirements")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String define(@ModelAttribute RequirementForm form, Model model, RedirectAttributes redirect) {
		List<FieldError> problems = form.problems();
		if (!problems.isEmpty()) {
			return requirementsPage(model, form, problems);
		}
		boolean all = "all".equals(form.audience());
		this.requirements.define(form.course(), all, form.chosenCommittees(),
				RequirementForm.parse(form.validityMonths()), RequirementForm.parse(form.windowDays()),
				RequirementForm.parse(form.dueAfterMonths()), "yes".equals(form.eLearning()));
		redirect.addFlashAttribute("notice",
				"\"" + form.course().strip() + "\" is now required and has been assigned to the Members who need it");
		return "redirect:/training/requirements";
	}

	@GetMapping("/training/requirements/{id}")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String requirement(@PathVariable RequirementId id, Model model) {
		Requirement requirement = this.requirements.get(id);
		return requirementPage(model, requirement, RequirementForm.of(requirement), List.of());
	}

	@PostMapping("/training/requirements/{id}")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String revise(@PathVariable RequirementId id, @ModelAttribute RequirementForm form, Model model,
			RedirectAttributes redirect) {
		Requirement requirement = this.requirements.get(id);
		List<FieldError> problems = form.problems();
		if (!problems.isEmpty()) {
			return requirementPage(model, requirement, form, problems);
		}
		this.requirements.revise(id, form.course(), "all".equals(form.audience()), form.chosenCommittees(),
				RequirementForm.parse(form.windowDays()), RequirementForm.parse(form.dueAfterMonths()),
				"yes".equals(form.eLearning()));
		redirect.addFlashAttribute("notice", "\"" + form.course().strip() + "\" is changed");
		return "redirect:/training/requirements";
	}

	private String requirementPage(Model model, Requirement requirement, RequirementForm form,
			List<FieldError> errors) {
		model.addAttribute("requirement", requirement);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("committees", List.of(Committee.values()));
		return "training/requirement";
	}

	private String requirementsPage(Model model, RequirementForm form, List<FieldError> errors) {
		model.addAttribute("requirements", this.requirements.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("committees", List.of(Committee.values()));
		return "training/requirements";
	}

}
