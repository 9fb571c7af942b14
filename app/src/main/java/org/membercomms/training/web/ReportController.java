package org.membercomms.training.web;

import java.nio.charset.StandardCharsets;

import org.membercomms.training.TrainingReports;

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
 * with charts beside their tables, and as CSV and PDF with the same figures.
 */
@Controller
@PreAuthorize(TrainingRoles.OFFICERS)
class ReportController {

	private final TrainingReports reports;

	ReportController(TrainingReports reports) {
		this.reports = reports;
	}

	@GetMapping("/training/report")
	String report(Model model) {
		model.addAttribute("report", this.reports.report());
		return "training/report";
	}

	@GetMapping("/training/report.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-report.csv").build().toString())
			.body(this.reports.report().csv().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/training/report.pdf")
	ResponseEntity<byte[]> pdf() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-report.pdf").build().toString())
			.body(this.reports.pdf());
	}

}
