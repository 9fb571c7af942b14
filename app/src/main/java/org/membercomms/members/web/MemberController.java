package org.membercomms.members.web;

import java.util.List;
import java.util.Map;

import org.membercomms.members.CouncilEmailTaken;
import org.membercomms.members.Member;
import org.membercomms.members.MemberFacts;
import org.membercomms.members.MemberId;
import org.membercomms.members.MemberInput;
import org.membercomms.members.Members;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members directory's pages: everyone signed in reads, Democratic Services change.
 */
@Controller
@RequestMapping("/members")
class MemberController {

	private final Members members;

	private final List<MemberFacts> facts;

	MemberController(Members members, List<MemberFacts> facts) {
		this.members = members;
		this.facts = facts;
	}

	@GetMapping
	String directory(@RequestParam(name = "retired", defaultValue = "false") boolean retired, Authentication person,
			Model model) {
		model.addAttribute("members", this.members.directory(retired));
		model.addAttribute("showingRetired", retired);
		model.addAttribute("canEdit", Authorities.allows(person, DirectoryRoles.KEEPERS));
		return "members/directory";
	}

	@GetMapping("/{id}")
	String member(@PathVariable MemberId id, Authentication person, Model model) {
		model.addAttribute("member", this.members.get(id));
		model.addAttribute("facts", this.facts.stream().flatMap(source -> source.about(id).stream()).toList());
		model.addAttribute("canEdit", Authorities.allows(person, DirectoryRoles.KEEPERS));
		return "members/member";
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@GetMapping("/new")
	String newMember(Model model) {
		return form(model, null, MemberInput.blank(), Map.of());
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@PostMapping("/new")
	String enrol(@ModelAttribute MemberInput input, Model model, RedirectAttributes redirect) {
		MemberInput.Checked checked = input.check();
		if (!checked.ok()) {
			return form(model, null, input, checked.problems());
		}
		try {
			MemberId id = this.members.enrol(checked.details());
			redirect.addFlashAttribute("notice", checked.details().name() + " has been added to the directory");
			return "redirect:/members/" + id;
		}
		catch (CouncilEmailTaken ex) {
			return form(model, null, input, Map.of("councilEmail", "Another Member already has this council email"));
		}
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@GetMapping("/{id}/edit")
	String edit(@PathVariable MemberId id, Model model) {
		Member member = this.members.serving(id);
		return form(model, member, MemberInput.of(member.details()), Map.of());
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@PostMapping("/{id}/edit")
	String update(@PathVariable MemberId id, @ModelAttribute MemberInput input, Model model,
			RedirectAttributes redirect) {
		Member member = this.members.serving(id);
		MemberInput.Checked checked = input.check();
		if (!checked.ok()) {
			return form(model, member, input, checked.problems());
		}
		try {
			this.members.update(id, checked.details());
		}
		catch (CouncilEmailTaken ex) {
			return form(model, member, input, Map.of("councilEmail", "Another Member already has this council email"));
		}
		redirect.addFlashAttribute("notice", checked.details().name() + "'s details have been saved");
		return "redirect:/members/" + id;
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@GetMapping("/{id}/retirement")
	String retirement(@PathVariable MemberId id, Model model) {
		return retirementForm(model, this.members.serving(id), RetirementForm.blank(), Map.of());
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@PostMapping("/{id}/retirement")
	String retire(@PathVariable MemberId id, @ModelAttribute RetirementForm form, Model model,
			RedirectAttributes redirect) {
		Member member = this.members.serving(id);
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return retirementForm(model, member, form, problems);
		}
		this.members.retire(id, form.date(), form.reason().strip());
		redirect.addFlashAttribute("notice", member.name() + " has been retired. Their record stays in the directory");
		return "redirect:/members/" + id;
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@GetMapping("/{id}/social-accounts/new")
	String newSocialAccount(@PathVariable MemberId id, Model model) {
		return socialAccountForm(model, this.members.serving(id), SocialAccountForm.blank(), Map.of());
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@PostMapping("/{id}/social-accounts/new")
	String addSocialAccount(@PathVariable MemberId id, @ModelAttribute SocialAccountForm form, Model model,
			RedirectAttributes redirect) {
		Member member = this.members.serving(id);
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return socialAccountForm(model, member, form, problems);
		}
		this.members.addSocialAccount(id, form.platformChosen(), form.handle(), form.reasonsGiven());
		redirect.addFlashAttribute("notice", "The social media account has been added");
		return "redirect:/members/" + id;
	}

	@PreAuthorize(DirectoryRoles.KEEPERS)
	@PostMapping("/{id}/social-accounts/{index}/removal")
	String removeSocialAccount(@PathVariable MemberId id, @PathVariable int index, RedirectAttributes redirect) {
		this.members.removeSocialAccount(id, index);
		redirect.addFlashAttribute("notice", "The social media account has been removed");
		return "redirect:/members/" + id;
	}

	private static String form(Model model, Member member, MemberInput input, Map<String, String> problems) {
		model.addAttribute("member", member);
		model.addAttribute("input", input);
		model.addAttribute("errors", errors(problems));
		return "members/form";
	}

	private static String retirementForm(Model model, Member member, RetirementForm form,
			Map<String, String> problems) {
		model.addAttribute("member", member);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors(problems));
		return "members/retirement";
	}

	private static String socialAccountForm(Model model, Member member, SocialAccountForm form,
			Map<String, String> problems) {
		model.addAttribute("member", member);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors(problems));
		return "members/socialAccount";
	}

	static List<FieldError> errors(Map<String, String> problems) {
		return problems.entrySet()
			.stream()
			.map(problem -> new FieldError(problem.getKey(), problem.getValue()))
			.toList();
	}

}
