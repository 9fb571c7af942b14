package org.membercomms.training;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The training report for the Constitution and Members' Development Committee, as a page
 * and as CSV with the same figures.
 */
@Controller
@PreAuthorize("hasAnyRole('DEMOCRATIC_SERVICES', 'MONITORING_OFFICER')")
class ReportController {

	private final Training training;

	ReportController(Training training) {
		this.training = training;
	}

	@GetMapping("/training/report")
	String report(Model model) {
		model.addAttribute("report", this.training.report());
		return "training/report";
	}

	@GetMapping("/training/report.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-report.csv").build().toString())
			.body(this.training.report().csv().getBytes(StandardCharsets.UTF_8));
	}

}
