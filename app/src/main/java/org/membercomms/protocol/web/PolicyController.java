package org.membercomms.protocol.web;

import java.util.List;

import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.protocol.Acknowledgements;
import org.membercomms.protocol.Policies;
import org.membercomms.protocol.PolicyDocument;
import org.membercomms.protocol.PolicySearch;
import org.membercomms.protocol.PolicyVersion;
import org.membercomms.protocol.VersionChanges;
import org.membercomms.protocol.VersionNotFound;
import org.membercomms.system.Authorities;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading the protocol and the Code: the version in force, earlier versions, what
 * changed, and a Member's acknowledgement.
 */
@Controller
class PolicyController {

	static final String DOCUMENT = "/{slug:protocol|code-of-conduct}";

	private final Policies policies;

	private final Acknowledgements acknowledgements;

	private final Members members;

	private final PolicySearch search;

	private final PolicyPdf pdf;

	PolicyController(Policies policies, Acknowledgements acknowledgements, Members members, PolicySearch search,
			PolicyPdf pdf) {
		this.policies = policies;
		this.acknowledgements = acknowledgements;
		this.members = members;
		this.search = search;
		this.pdf = pdf;
	}

	@GetMapping(DOCUMENT)
	String inForce(@PathVariable String slug, Authentication person, Model model) {
		PolicyDocument document = document(slug);
		PolicyVersion version = this.policies.inForce(document).orElseThrow(() -> new VersionNotFound(document, 0));
		return show(version, person, model);
	}

	@GetMapping(DOCUMENT + "/versions/{number}")
	String version(@PathVariable String slug, @PathVariable int number, Authentication person, Model model) {
		return show(this.policies.version(document(slug), number), person, model);
	}

	@GetMapping(DOCUMENT + "/versions/{number}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable int number) {
		PolicyVersion version = this.policies.version(document(slug), number);
		String filename = version.document().slug() + "-version-" + number + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(this.pdf.render(version));
	}

	@GetMapping(DOCUMENT + "/versions")
	String versions(@PathVariable String slug, Authentication person, Model model) {
		PolicyDocument document = document(slug);
		model.addAttribute("document", document);
		model.addAttribute("versions", this.policies.versions(document));
		model.addAttribute("inForce", this.policies.inForce(document).map(PolicyVersion::number).orElse(0));
		model.addAttribute("canDraft", Authorities.allows(person, PolicyRoles.DRAFTERS));
		return "protocol/versions";
	}

	@GetMapping(DOCUMENT + "/versions/{number}/changes")
	String changes(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "from", required = false) Integer from, Model model) {
		PolicyDocument document = document(slug);
		PolicyVersion newer = this.policies.version(document, number);
		int older = (from != null) ? from : number - 1;
		if (older < 1 || older >= number) {
			throw new VersionNotFound(document, older);
		}
		model.addAttribute("changes", VersionChanges.between(this.policies.version(document, older), newer));
		return "protocol/changes";
	}

	@PostMapping(DOCUMENT + "/versions/{number}/acknowledgement")
	String acknowledge(@PathVariable String slug, @PathVariable int number, Authentication person,
			RedirectAttributes redirect) {
		PolicyVersion version = this.policies.version(document(slug), number);
		MemberId member = this.members.memberSignedInAs(person.getName())
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not a Member"));
		this.acknowledgements.acknowledge(version, member);
		redirect.addFlashAttribute("notice",
				"Thank you. You have acknowledged version " + number + " of the " + version.document().title());
		return "redirect:" + version.document().path();
	}

	@GetMapping("/policies/search")
	String search(@RequestParam(name = "q", required = false) String words, Model model) {
		model.addAttribute("words", (words == null) ? "" : words);
		model.addAttribute("results", this.search.search(words));
		return "protocol/search";
	}

	private String show(PolicyVersion version, Authentication person, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("inForce",
				this.policies.inForce(version.document())
					.map(current -> current.number() == version.number())
					.orElse(false));
		var member = this.members.memberSignedInAs(person.getName());
		model.addAttribute("isMember", member.isPresent());
		model.addAttribute("acknowledgedAt",
				member.flatMap(id -> this.acknowledgements.acknowledgedAt(version.id(), id)).orElse(null));
		model.addAttribute("canDraft", Authorities.allows(person, PolicyRoles.DRAFTERS));
		model.addAttribute("tracksAcknowledgements", Authorities.allows(person, PolicyRoles.ACKNOWLEDGEMENT_TRACKERS));
		return "protocol/document";
	}

	static PolicyDocument document(String slug) {
		return PolicyDocument.bySlug(slug).orElseThrow();
	}

	static List<PolicyDocument> documents() {
		return List.of(PolicyDocument.values());
	}

}
