package org.membercomms.commsplan.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.commsplan.Coverage;
import org.membercomms.commsplan.CoverageReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The plan's coverage of the Strategic Plan: items planned and published per priority per
 * financial quarter, as a chart beside its table, and as CSV with the same figures.
 */
@Controller
@PreAuthorize(CommsPlanRoles.READERS)
class CoverageController {

	private final CoverageReport report;

	CoverageController(CoverageReport report) {
		this.report = report;
	}

	@GetMapping("/comms-plan/coverage")
	String coverage(@RequestParam Optional<UUID> period, Model model) {
		model.addAttribute("coverage", figures(period));
		model.addAttribute("periods", this.report.periods());
		return "commsplan/coverage";
	}

	@GetMapping("/comms-plan/coverage.csv")
	ResponseEntity<byte[]> csv(@RequestParam Optional<UUID> period) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("comms-plan-coverage.csv").build().toString())
			.body(this.report.csv(figures(period)).getBytes(StandardCharsets.UTF_8));
	}

	private Coverage figures(Optional<UUID> period) {
		return this.report.coverage(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
