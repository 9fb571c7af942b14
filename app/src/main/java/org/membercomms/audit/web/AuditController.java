package org.membercomms.audit.web;

import java.util.List;

import org.membercomms.audit.AuditEntry;
import org.membercomms.audit.AuditQueries;
import org.membercomms.audit.AuditSearch;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Administrators browse and filter the audit trail.
 */
@Controller
@PreAuthorize(AuditRoles.READERS)
class AuditController {

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/audit")
	String trail(@ModelAttribute AuditSearch search, BindingResult binding, Model model) {
		List<FieldError> errors = binding.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), "Enter a real date, for example 2026-11-28"))
			.toList();
		if (!errors.isEmpty()) {
			search = new AuditSearch(search.actor(), search.recordType(), search.recordId(),
					binding.hasFieldErrors("from") ? null : search.from(),
					binding.hasFieldErrors("to") ? null : search.to(), search.page());
		}
		List<AuditEntry> found = this.queries.search(search);
		model.addAttribute("errors", errors);
		boolean hasNext = found.size() > AuditSearch.PAGE_SIZE;
		model.addAttribute("search", search);
		model.addAttribute("entries", hasNext ? found.subList(0, AuditSearch.PAGE_SIZE) : found);
		model.addAttribute("hasNext", hasNext);
		model.addAttribute("recordTypes", this.queries.recordTypes());
		return "audit/trail";
	}

}
