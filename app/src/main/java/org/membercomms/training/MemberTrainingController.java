package org.membercomms.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
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
 * One Member's training and full completion history, for Democratic Services (who can
 * record a completion by hand) and for the Member.
 */
@Controller
class MemberTrainingController {

	private final Training training;

	private final Members members;

	private final Clock clock;

	MemberTrainingController(Training training, Members members, Clock clock) {
		this.training = training;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/training/members/{id}")
	@PreAuthorize("hasAnyRole('MEMBER', 'DEMOCRATIC_SERVICES')")
	String member(@PathVariable MemberId id, Authentication person, Model model) {
		boolean organiser = TrainingRoles.organises(person);
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
		this.training.recordCompletion(id, RequirementId.of(form.requirement().strip()), form.day(),
				CompletionMethod.RECORDED, form.reference().strip());
		redirect.addFlashAttribute("notice", "The completion is recorded");
		return "redirect:/training/members/" + id;
	}

	private String page(Model model, MemberId id, boolean organiser, CompletionForm form, List<FieldError> errors) {
		Map<RequirementId, String> courses = new HashMap<>();
		List<Requirement> requirements = this.training.requirements();
		requirements.forEach(requirement -> courses.put(requirement.id(), requirement.course()));
		model.addAttribute("member", this.members.get(id));
		model.addAttribute("records", this.training.recordsOf(id));
		model.addAttribute("completions", this.training.completionsOf(id));
		model.addAttribute("courses", courses);
		model.addAttribute("requirements", requirements);
		model.addAttribute("organiser", organiser);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "training/member";
	}

}
