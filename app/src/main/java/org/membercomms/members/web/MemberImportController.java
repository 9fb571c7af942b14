package org.membercomms.members.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.membercomms.members.ImportPlan;
import org.membercomms.members.MemberImport;
import org.membercomms.members.Members;
import org.membercomms.system.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Democratic Services import Members from a CSV file: upload, check what it will change,
 * confirm. Between the check and the confirmation the file waits in the person's session.
 */
@Controller
@RequestMapping("/members/import")
@PreAuthorize(DirectoryRoles.KEEPERS)
class MemberImportController {

	static final String PENDING = MemberImportController.class.getName() + ".pending";

	private final MemberImport imports;

	MemberImportController(MemberImport imports) {
		this.imports = imports;
	}

	record PendingImport(String token, String csv) {
	}

	@GetMapping
	String upload(Model model) {
		return page(model, null, null, List.of());
	}

	@PostMapping
	String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return page(model, null, null, List.of(new FieldError("file", "Select a CSV file")));
		}
		String csv;
		try {
			csv = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return page(model, null, null,
					List.of(new FieldError("file", "The file must be saved as CSV UTF-8 (comma delimited)")));
		}
		ImportPlan plan = this.imports.plan(csv);
		String token = null;
		if (plan.importable()) {
			token = UUID.randomUUID().toString();
			session.setAttribute(PENDING, new PendingImport(token, csv));
		}
		return page(model, plan, token, List.of());
	}

	@PostMapping("/confirmation")
	String confirm(@RequestParam("token") String token, HttpSession session, Model model, RedirectAttributes redirect) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof PendingImport file) || !file.token().equals(token)) {
			return page(model, null, null, List
				.of(new FieldError("file", "This import has expired or was already done. Select the CSV file again")));
		}
		ImportPlan done = this.imports.apply(file.csv());
		session.removeAttribute(PENDING);
		if (!done.importable()) {
			return page(model, done, null, List.of());
		}
		redirect.addFlashAttribute("notice",
				"Import complete: " + done.count(ImportPlan.Outcome.NEW) + " new Members, "
						+ done.count(ImportPlan.Outcome.CHANGED) + " changed, "
						+ done.count(ImportPlan.Outcome.UNCHANGED) + " unchanged");
		return "redirect:/members";
	}

	private static String page(Model model, ImportPlan plan, String token, List<FieldError> errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		model.addAttribute("columns", MemberImport.columnNames());
		return "members/import";
	}

}
