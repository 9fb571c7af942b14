package org.membercomms.training.web;

import java.util.UUID;

import org.membercomms.members.Members;
import org.membercomms.system.Authorities;
import org.membercomms.training.Certificate;
import org.membercomms.training.Certificates;
import org.membercomms.training.TrainingNotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A certificate per completion, as a page and a PDF: for the Member it belongs to and for
 * Democratic Services (and the Monitoring Officer).
 */
@Controller
@PreAuthorize(TrainingRoles.CERTIFICATE_READERS)
class CertificateController {

	private final Certificates certificates;

	private final Members members;

	CertificateController(Certificates certificates, Members members) {
		this.certificates = certificates;
		this.members = members;
	}

	@GetMapping("/training/certificates/{id}")
	String certificate(@PathVariable UUID id, Authentication person, Model model) {
		model.addAttribute("certificate", certificate(id, person));
		return "training/certificate";
	}

	@GetMapping("/training/certificates/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Authentication person) {
		Certificate certificate = certificate(id, person);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("training-certificate-" + certificate.number() + ".pdf")
						.build()
						.toString())
			.body(this.certificates.pdf(certificate));
	}

	/**
	 * @return the certificate, if the person may see it: its Member, or an officer who
	 * follows training up; to anyone else it does not exist
	 */
	private Certificate certificate(UUID id, Authentication person) {
		Certificate certificate = this.certificates.of(id).orElseThrow(() -> new TrainingNotFound("certificate " + id));
		boolean officer = Authorities.allows(person, TrainingRoles.OFFICERS);
		boolean own = this.members.memberSignedInAs(person.getName())
			.filter(member -> member.equals(certificate.completion().member()))
			.isPresent();
		if (!officer && !own) {
			throw new TrainingNotFound("certificate " + id);
		}
		return certificate;
	}

}
