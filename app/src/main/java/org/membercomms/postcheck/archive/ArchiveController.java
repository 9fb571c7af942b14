package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.membercomms.postcheck.CheckNotFound;
import org.membercomms.system.FieldError;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Review my past posts": upload an archive, watch the scan's progress (the page works on
 * reload without JavaScript; with it, the bar updates itself), read the posts worth
 * reviewing and download them as CSV, which deletes the report.
 */
@Controller
class ArchiveController {

	static final int SHOWN = 500;

	private final ArchiveScans scans;

	ArchiveController(ArchiveScans scans) {
		this.scans = scans;
	}

	@GetMapping("/check/archive")
	String start(Authentication person, Model model) {
		return page(model, person, List.of());
	}

	@PostMapping("/check/archive")
	String upload(@RequestParam(required = false) MultipartFile file, Authentication person, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return page(model, person, List.of(new FieldError("file", "Select the file of your posts")));
		}
		try {
			UUID id;
			try (InputStream content = file.getInputStream()) {
				id = this.scans.upload(person.getName(), content, file.getSize());
			}
			redirect.addFlashAttribute("notice", "Your archive is uploaded. We are checking your posts");
			return "redirect:/check/archive/" + id;
		}
		catch (UnreadableArchive ex) {
			return page(model, person, List.of(new FieldError("file", ex.getMessage())));
		}
	}

	private String page(Model model, Authentication person, List<FieldError> errors) {
		model.addAttribute("scans", this.scans.of(person.getName()));
		model.addAttribute("errors", errors);
		model.addAttribute("formats", List.of(ArchiveFormat.values()));
		model.addAttribute("limit", this.scans.limit());
		model.addAttribute("limitBytes", this.scans.limitBytes());
		model.addAttribute("tooLarge", this.scans.tooLarge());
		return "postcheck/archive";
	}

	@GetMapping("/check/archive/{id}")
	String scan(@PathVariable UUID id, Authentication person, Model model) {
		ArchiveScan scan = own(person, id);
		List<ReviewedPost> posts = scan.finished() ? this.scans.worthReviewing(person.getName(), id) : List.of();
		model.addAttribute("scan", scan);
		model.addAttribute("posts", posts.subList(0, Math.min(SHOWN, posts.size())));
		model.addAttribute("shown", SHOWN);
		return "postcheck/archiveScan";
	}

	@GetMapping(path = "/check/archive/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progress(@PathVariable UUID id, Authentication person) {
		ArchiveScan scan = own(person, id);
		return Map.of("status", scan.status().name(), "scanned", scan.scanned(), "total", scan.total(), "percent",
				scan.percent(), "finished", scan.finished());
	}

	@GetMapping("/check/archive/{id}/report.csv")
	void download(@PathVariable UUID id, Authentication person, HttpServletResponse response) throws IOException {
		own(person, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"posts-to-review.csv\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.scans.download(person.getName(), id, out);
		out.flush();
	}

	@PostMapping("/check/archive/{id}/deletion")
	String delete(@PathVariable UUID id, Authentication person, RedirectAttributes redirect) {
		this.scans.discard(person.getName(), id);
		redirect.addFlashAttribute("notice", "The archive and its report are deleted");
		return "redirect:/check/archive";
	}

	private ArchiveScan own(Authentication person, UUID id) {
		return this.scans.find(person.getName(), id).orElseThrow(() -> new CheckNotFound("archive scan"));
	}

}
