package org.membercomms.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;
import org.membercomms.training.CompletionMethod;
import org.membercomms.training.Completions;
import org.membercomms.training.Requirement;
import org.membercomms.training.RequirementId;
import org.membercomms.training.Requirements;
import org.membercomms.training.TrainingNotFound;
import org.membercomms.training.TrainingRecords;

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
 * One Member's training and full completion history, for Democratic Services (who can
 * record a completion by hand) and for the Member.
 */
@Controller
class MemberTrainingController {

	private final Requirements requirements;

	private final TrainingRecords records;

	private final Completions completions;

	private final Members members;

	private final Clock clock;

	MemberTrainingController(Requirements requirements, TrainingRecords records, Completions completions,
			Members members, Clock clock) {
		this.requirements = requirements;
		this.records = records;
		this.completions = completions;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/training/members/{id}")
	@PreAuthorize(TrainingRoles.TRAINEES_AND_ORGANISERS)
	String member(@PathVariable MemberId id, Authentication person, Model model) {
		boolean organiser = Authorities.allows(person, TrainingRoles.ORGANISERS);
		boolean own = this.members.memberSignedInAs(person.getName()).filter(id::equals).isPresent();
		if (!organiser && !own) {
			throw new TrainingNotFound("Member's training");
		}
		return page(model, id, organiser, CompletionForm.blank(), List.of());
	}

	@PostMapping("/training/members/{id}/completions")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String record(@PathVariable MemberId id, @ModelAttribute CompletionForm form, Model model,
			RedirectAttributes redirect) {
		List<FieldError> problems = form.problems(LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			return page(model, id, true, form, problems);
		}
		this.completions.record(id, RequirementId.of(form.requirement().strip()), form.day(), CompletionMethod.RECORDED,
				form.reference().strip());
		redirect.addFlashAttribute("notice", "The completion is recorded");
		return "redirect:/training/members/" + id;
	}

	private String page(Model model, MemberId id, boolean organiser, CompletionForm form, List<FieldError> errors) {
		Map<RequirementId, String> courses = new HashMap<>();
		List<Requirement> requirements = this.requirements.all();
		requirements.forEach(requirement -> courses.put(requirement.id(), requirement.course()));
		model.addAttribute("member", this.members.get(id));
		model.addAttribute("records", this.records.of(id));
		model.addAttribute("completions", this.completions.of(id));
		model.addAttribute("courses", courses);
		model.addAttribute("requirements", requirements);
		model.addAttribute("organiser", organiser);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "training/member";
	}

}
