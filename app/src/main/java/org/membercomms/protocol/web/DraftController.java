package org.membercomms.protocol.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.membercomms.protocol.Policies;
import org.membercomms.protocol.PolicyDocument;
import org.membercomms.protocol.PolicyVersion;
import org.membercomms.protocol.VersionStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafting a new version and taking it through approval.
 */
@Controller
class DraftController {

	private final Policies policies;

	private final Clock clock;

	DraftController(Policies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	@PreAuthorize(PolicyRoles.DRAFTERS)
	@PostMapping(PolicyController.DOCUMENT + "/drafts")
	String startDraft(@PathVariable String slug) {
		PolicyDocument document = PolicyController.document(slug);
		int number = this.policies.startDraft(document);
		return "redirect:" + document.path() + "/versions/" + number + "/edit";
	}

	@PreAuthorize(PolicyRoles.DRAFT_READERS)
	@GetMapping(PolicyController.DOCUMENT + "/versions/{number}/edit")
	String edit(@PathVariable String slug, @PathVariable int number, Authentication person, Model model) {
		PolicyVersion version = this.policies.version(PolicyController.document(slug), number);
		return editor(model, person, version, new DraftForm(version.body(), version.changeSummary()), List.of());
	}

	@PreAuthorize(PolicyRoles.DRAFTERS)
	@PostMapping(PolicyController.DOCUMENT + "/versions/{number}/edit")
	String save(@PathVariable String slug, @PathVariable int number, @ModelAttribute DraftForm form,
			@RequestParam(name = "action", defaultValue = "save") String action, Authentication person, Model model,
			RedirectAttributes redirect) {
		PolicyDocument document = PolicyController.document(slug);
		if (form.body() == null || form.body().isBlank()) {
			return editor(model, person, this.policies.version(document, number), form,
					List.of(new FieldError("body", "Enter the text of the document")));
		}
		this.policies.saveDraft(document, number, form.body(), blankToNull(form.summary()));
		if ("submit".equals(action)) {
			List<String> problems = this.policies.submit(document, number);
			if (!problems.isEmpty()) {
				return editor(model, person, this.policies.version(document, number), form,
						problems.stream().map(problem -> new FieldError("body", problem)).toList());
			}
			redirect.addFlashAttribute("notice", "Version " + number + " has been sent to the Monitoring Officer");
			return "redirect:" + document.path() + "/versions/" + number;
		}
		redirect.addFlashAttribute("notice", "Your draft has been saved");
		return "redirect:" + document.path() + "/versions/" + number + "/edit";
	}

	@PreAuthorize(PolicyRoles.APPROVER)
	@PostMapping(PolicyController.DOCUMENT + "/versions/{number}/approval")
	String approve(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "effectiveFrom", defaultValue = "") String effectiveFrom, Authentication person,
			Model model, RedirectAttributes redirect) {
		PolicyDocument document = PolicyController.document(slug);
		PolicyVersion version = this.policies.version(document, number);
		LocalDate effective;
		try {
			effective = effectiveFrom.isBlank() ? LocalDate.now(this.clock) : LocalDate.parse(effectiveFrom.strip());
		}
		catch (DateTimeParseException ex) {
			return editor(model, person, version, new DraftForm(version.body(), version.changeSummary()),
					List.of(new FieldError("effectiveFrom", "The date it comes into force must be a real date")));
		}
		List<String> problems = this.policies.approve(document, number, effective);
		if (!problems.isEmpty()) {
			return editor(model, person, version, new DraftForm(version.body(), version.changeSummary()),
					problems.stream().map(problem -> new FieldError("effectiveFrom", problem)).toList());
		}
		redirect.addFlashAttribute("notice",
				"Version " + number + " is published. Every serving Member will be asked " + "to acknowledge it");
		return "redirect:" + document.path() + "/versions/" + number;
	}

	@PreAuthorize(PolicyRoles.APPROVER)
	@PostMapping(PolicyController.DOCUMENT + "/versions/{number}/return")
	String returnToDraft(@PathVariable String slug, @PathVariable int number, RedirectAttributes redirect) {
		PolicyDocument document = PolicyController.document(slug);
		this.policies.returnToDraft(document, number);
		redirect.addFlashAttribute("notice", "Version " + number + " has been returned to draft");
		return "redirect:" + document.path() + "/versions/" + number;
	}

	private String editor(Model model, Authentication person, PolicyVersion version, DraftForm form,
			List<FieldError> errors) {
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit",
				Authorities.allows(person, PolicyRoles.DRAFTERS) && version.status() == VersionStatus.DRAFT);
		model.addAttribute("canApprove", Authorities.allows(person, PolicyRoles.APPROVER)
				&& version.status() == VersionStatus.AWAITING_APPROVAL);
		model.addAttribute("today", LocalDate.now(this.clock).toString());
		return "protocol/edit";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
