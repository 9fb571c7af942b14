package org.membercomms.commsplan.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.membercomms.commsplan.ElectionImport;
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
 * Democratic Services import elections from a CSV file: every line is checked first, and
 * the file is imported only when all of it is right.
 */
@Controller
@RequestMapping("/elections/import")
@PreAuthorize(CommsPlanRoles.ELECTION_KEEPERS)
class ElectionImportController {

	private final ElectionImport imports;

	ElectionImportController(ElectionImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload(Model model) {
		return page(model, null, List.of());
	}

	@PostMapping
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return page(model, null, List.of(new FieldError("file", "Select a CSV file")));
		}
		String csv;
		try {
			csv = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return page(model, null,
					List.of(new FieldError("file", "The file must be saved as CSV UTF-8 (comma delimited)")));
		}
		ElectionImport.Outcome outcome = this.imports.importFile(csv);
		if (!outcome.imported()) {
			return page(model, outcome, List.of());
		}
		redirect.addFlashAttribute("notice", "Import complete: " + outcome.entered()
				+ ((outcome.entered() == 1) ? " election entered" : " elections entered"));
		return "redirect:/elections";
	}

	private static String page(Model model, ElectionImport.Outcome outcome, List<FieldError> errors) {
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		model.addAttribute("columns", ElectionImport.COLUMNS);
		return "commsplan/electionsImport";
	}

}
