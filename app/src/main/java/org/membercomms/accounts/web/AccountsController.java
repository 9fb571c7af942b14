package org.membercomms.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.membercomms.accounts.AccountId;
import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.Accounts;
import org.membercomms.accounts.EmailTaken;
import org.membercomms.accounts.LastAdministrator;
import org.membercomms.accounts.PasswordLinks;
import org.membercomms.accounts.SecondFactors;
import org.membercomms.accounts.UsernameTaken;
import org.membercomms.members.Members;
import org.membercomms.system.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators open accounts, give them roles, link a councillor's account to their
 * Member, switch accounts off and on, and send links to set a password.
 */
@Controller
@PreAuthorize(AccountRoles.ADMINISTRATORS)
class AccountsController {

	private final Accounts accounts;

	private final PasswordLinks links;

	private final SecondFactors secondFactors;

	private final MessageSource messages;

	private final Members members;

	AccountsController(Accounts accounts, PasswordLinks links, SecondFactors secondFactors, MessageSource messages,
			Members members) {
		this.accounts = accounts;
		this.links = links;
		this.secondFactors = secondFactors;
		this.messages = messages;
		this.members = members;
	}

	@GetMapping("/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return "accounts/list";
	}

	@GetMapping("/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		model.addAttribute("errors", List.of());
		return "accounts/new";
	}

	@PostMapping("/accounts")
	String open(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		List<FieldError> errors = FieldError.of(binding);
		if (errors.isEmpty()) {
			try {
				AccountId id = this.accounts.open(form.username().strip(), form.displayName(), form.email(),
						form.roles());
				redirect.addFlashAttribute("done", message("accounts.done.opened", form.email().strip()));
				return "redirect:/accounts/" + id;
			}
			catch (UsernameTaken ex) {
				errors = List.of(new FieldError("username", message("accounts.error.username.taken")));
			}
			catch (EmailTaken ex) {
				errors = List.of(new FieldError("email", message("accounts.error.email.taken")));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "accounts/new";
	}

	@GetMapping("/accounts/{id}")
	String account(@PathVariable AccountId id, Model model) {
		AccountSummary account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("members", this.members.directory(false));
		model.addAttribute("linkedMember",
				(account.memberId() != null) ? this.members.directory(true)
					.stream()
					.filter(member -> member.memberId().equals(account.memberId()))
					.map(member -> member.name() + ", " + member.ward())
					.findFirst()
					.orElse(null) : null);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "accounts/account";
	}

	@PostMapping("/accounts/{id}/roles")
	String changeRoles(@PathVariable AccountId id, @Valid @ModelAttribute RolesForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return backWithErrors(id, FieldError.of(binding), redirect);
		}
		try {
			this.accounts.changeRoles(id, form.roles());
		}
		catch (LastAdministrator ex) {
			return backWithErrors(id, List.of(new FieldError("roles", message("accounts.error.last-admin"))), redirect);
		}
		return done(id, "accounts.done.roles", redirect);
	}

	@PostMapping("/accounts/{id}/disable")
	String disable(@PathVariable AccountId id, RedirectAttributes redirect) {
		try {
			this.accounts.disable(id);
		}
		catch (LastAdministrator ex) {
			return backWithErrors(id, List.of(new FieldError("disable", message("accounts.error.last-admin"))),
					redirect);
		}
		return done(id, "accounts.done.disabled", redirect);
	}

	@PostMapping("/accounts/{id}/enable")
	String enable(@PathVariable AccountId id, RedirectAttributes redirect) {
		this.accounts.enable(id);
		return done(id, "accounts.done.enabled", redirect);
	}

	@PostMapping("/accounts/{id}/password-link")
	String sendPasswordLink(@PathVariable AccountId id, RedirectAttributes redirect) {
		this.links.send(id);
		return done(id, "accounts.done.link", redirect);
	}

	@PostMapping("/accounts/{id}/second-factor-removal")
	String removeSecondFactor(@PathVariable AccountId id, RedirectAttributes redirect) {
		this.secondFactors.remove(id);
		return done(id, "accounts.done.second-factor-removed", redirect);
	}

	@PostMapping("/accounts/{id}/member")
	String linkToMember(@PathVariable AccountId id, @Valid @ModelAttribute MemberLinkForm form, BindingResult binding,
			RedirectAttributes redirect) {
		boolean serving = !binding.hasErrors() && (form.member() == null
				|| this.members.directory(false).stream().anyMatch(member -> member.memberId().equals(form.member())));
		if (!serving) {
			return backWithErrors(id, List.of(new FieldError("memberId", message("accounts.error.member.invalid"))),
					redirect);
		}
		this.accounts.linkToMember(id, form.member());
		return done(id, "accounts.done.member", redirect);
	}

	private String done(AccountId id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message(messageKey));
		return "redirect:/accounts/" + id;
	}

	private static String backWithErrors(AccountId id, List<FieldError> errors, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errors", errors);
		return "redirect:/accounts/" + id;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

}
