package org.membercomms.protocol.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.membercomms.protocol.AcknowledgementRequests;
import org.membercomms.protocol.Acknowledgements;
import org.membercomms.protocol.Policies;
import org.membercomms.protocol.PolicyVersion;
import org.membercomms.system.CouncilTime;
import org.membercomms.system.CsvCells;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Democratic Services follow up who has and has not acknowledged a version.
 */
@Controller
@PreAuthorize(PolicyRoles.ACKNOWLEDGEMENT_TRACKERS)
class AcknowledgementController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(CouncilTime.ZONE);

	private final Policies policies;

	private final Acknowledgements acknowledgements;

	private final AcknowledgementRequests requests;

	AcknowledgementController(Policies policies, Acknowledgements acknowledgements, AcknowledgementRequests requests) {
		this.policies = policies;
		this.acknowledgements = acknowledgements;
		this.requests = requests;
	}

	@PostMapping(PolicyController.DOCUMENT + "/versions/{number}/reminders")
	String remind(@PathVariable String slug, @PathVariable int number, RedirectAttributes redirect) {
		PolicyVersion version = this.policies.version(PolicyController.document(slug), number);
		int reminded = this.requests.remindOutstanding(version);
		redirect.addFlashAttribute("notice", (reminded == 0) ? "Everyone has acknowledged it: nobody to remind"
				: "A reminder has been emailed to " + reminded + ((reminded == 1) ? " Member" : " Members"));
		return "redirect:" + version.document().path() + "/versions/" + number + "/acknowledgements";
	}

	@GetMapping(PolicyController.DOCUMENT + "/versions/{number}/acknowledgements")
	String acknowledgements(@PathVariable String slug, @PathVariable int number, Model model) {
		PolicyVersion version = this.policies.version(PolicyController.document(slug), number);
		var statuses = this.acknowledgements.statusOf(version);
		model.addAttribute("version", version);
		model.addAttribute("statuses", statuses);
		model.addAttribute("outstanding", statuses.stream().filter(status -> !status.acknowledged()).count());
		return "protocol/acknowledgements";
	}

	@GetMapping(PolicyController.DOCUMENT + "/versions/{number}/acknowledgements.csv")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable int number) {
		PolicyVersion version = this.policies.version(PolicyController.document(slug), number);
		StringBuilder csv = new StringBuilder("name,ward,council_email,acknowledged_at\r\n");
		for (Acknowledgements.Status status : this.acknowledgements.statusOf(version)) {
			csv.append(CsvCells.quoted(status.member().name()))
				.append(',')
				.append(CsvCells.quoted(status.member().ward()))
				.append(',')
				.append(CsvCells.quoted(status.member().councilEmail()))
				.append(',')
				.append(status.acknowledged() ? WHEN.format(status.acknowledgedAt()) : "")
				.append("\r\n");
		}
		String filename = version.document().slug() + "-version-" + version.number() + "-acknowledgements.csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
