package org.membercomms.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a governing document, with the rules of its workflow.
 */
public final class PolicyVersion {

	private final UUID id;

	private final PolicyDocument document;

	private final int number;

	private VersionStatus status;

	private String body;

	private String changeSummary;

	private final String draftedBy;

	private final Instant draftedAt;

	private String approvedBy;

	private Instant approvedAt;

	private LocalDate effectiveFrom;

	PolicyVersion(UUID id, PolicyDocument document, int number, VersionStatus status, String body, String changeSummary,
			String draftedBy, Instant draftedAt, String approvedBy, Instant approvedAt, LocalDate effectiveFrom) {
		this.id = id;
		this.document = document;
		this.number = number;
		this.status = status;
		this.body = body;
		this.changeSummary = changeSummary;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.effectiveFrom = effectiveFrom;
	}

	static PolicyVersion draft(PolicyDocument document, int number, String body, String by, Instant at) {
		return new PolicyVersion(UUID.randomUUID(), document, number, VersionStatus.DRAFT, body, null, by, at, null,
				null, null);
	}

	void edit(String newBody, String summary) {
		require(VersionStatus.DRAFT, "Only a draft can be edited");
		this.body = newBody;
		this.changeSummary = summary;
	}

	/**
	 * Sends the draft to the Monitoring Officer, if it could be published as it stands.
	 * @return the problems that stop it, none if it was sent
	 */
	List<String> submit() {
		require(VersionStatus.DRAFT, "Only a draft can be sent for approval");
		List<String> problems = publicationProblems();
		if (problems.isEmpty()) {
			this.status = VersionStatus.AWAITING_APPROVAL;
		}
		return problems;
	}

	void returnToDraft() {
		require(VersionStatus.AWAITING_APPROVAL, "Only a version awaiting approval can be returned");
		this.status = VersionStatus.DRAFT;
	}

	/**
	 * Approves and publishes the version.
	 * @return the problems that stop it, none if it was published
	 */
	List<String> approve(String by, Instant at, LocalDate effective) {
		require(VersionStatus.AWAITING_APPROVAL, "Only a version awaiting approval can be approved");
		List<String> problems = publicationProblems();
		if (problems.isEmpty()) {
			this.status = VersionStatus.PUBLISHED;
			this.approvedBy = by;
			this.approvedAt = at;
			this.effectiveFrom = effective;
		}
		return problems;
	}

	/**
	 * @return why this text could not be published, naming every missing section key
	 */
	List<String> publicationProblems() {
		MarkdownDocument parsed = MarkdownDocument.parse(this.body);
		List<String> problems = new ArrayList<>(parsed.problems());
		List<String> missing = parsed.missingKeys(this.document.requiredKeys());
		if (!missing.isEmpty()) {
			problems.add("The document has no section for " + String.join(", ", missing)
					+ ". Every section the post checker links to needs a heading ending {#key}");
		}
		if (this.body.isBlank()) {
			problems.add("The document is empty");
		}
		return problems;
	}

	private void require(VersionStatus needed, String message) {
		if (this.status != needed) {
			throw new VersionNotAllowed(message + ": version " + this.number + " is " + this.status.title());
		}
	}

	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("document", this.document.title());
		view.put("version", this.number);
		view.put("status", this.status.title());
		view.put("text", Integer.toHexString(this.body.hashCode()) + " (" + this.body.length() + " characters)");
		view.put("summary of changes", this.changeSummary);
		view.put("approved by", this.approvedBy);
		view.put("effective from", this.effectiveFrom);
		return view;
	}

	public UUID id() {
		return this.id;
	}

	public PolicyDocument document() {
		return this.document;
	}

	public int number() {
		return this.number;
	}

	public VersionStatus status() {
		return this.status;
	}

	public String body() {
		return this.body;
	}

	public String changeSummary() {
		return this.changeSummary;
	}

	public String draftedBy() {
		return this.draftedBy;
	}

	public Instant draftedAt() {
		return this.draftedAt;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public LocalDate effectiveFrom() {
		return this.effectiveFrom;
	}

	public boolean isPublished() {
		return this.status == VersionStatus.PUBLISHED;
	}

	/**
	 * @return the text as HTML, sections anchored by their keys
	 */
	public String html() {
		return MarkdownDocument.parse(this.body).html();
	}

	/**
	 * @return the sections' keys and headings, for the contents list
	 */
	public List<Map.Entry<String, String>> contents() {
		return MarkdownDocument.parse(this.body)
			.sections()
			.stream()
			.map(section -> Map.entry(section.key(), section.heading()))
			.toList();
	}

}
