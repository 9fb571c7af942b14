package org.membercomms.commsplan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.membercomms.system.CouncilTime;

/**
 * A campaign, announcement, consultation or event of the communications plan, with the
 * rules of its workflow: only ideas and planned items are edited; the copy is approved by
 * someone other than the person who submitted it, before the scheduled time or not at
 * all; only approved items are published and only published ones evaluated.
 */
public final class PlanItem {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
		.withZone(CouncilTime.ZONE);

	private final PlanItemId id;

	private PlanItemDetails details;

	private PlanItemStatus status;

	private String statusNote;

	private final String createdBy;

	private final Instant createdAt;

	private String submittedBy;

	private Instant submittedAt;

	private String approvedBy;

	private Instant approvedAt;

	private Instant publishedAt;

	private String evaluationNote;

	private List<CopyFinding> findings;

	PlanItem(PlanItemId id, PlanItemDetails details, PlanItemStatus status, String statusNote, String createdBy,
			Instant createdAt, Approval approval, String evaluationNote, List<CopyFinding> findings) {
		this.id = id;
		this.details = details;
		this.status = status;
		this.statusNote = statusNote;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.submittedBy = approval.submittedBy();
		this.submittedAt = approval.submittedAt();
		this.approvedBy = approval.approvedBy();
		this.approvedAt = approval.approvedAt();
		this.publishedAt = approval.publishedAt();
		this.evaluationNote = evaluationNote;
		this.findings = List.copyOf(findings);
	}

	/**
	 * Who sent the item for approval, who approved it, and when it went out.
	 */
	record Approval(String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
			Instant publishedAt) {

		static final Approval NONE = new Approval(null, null, null, null, null);

	}

	/**
	 * A new item, as an idea or already planned.
	 */
	static PlanItem create(PlanItemDetails details, boolean planned, String by, Instant at) {
		requireValid(details);
		return new PlanItem(new PlanItemId(UUID.randomUUID()), details,
				planned ? PlanItemStatus.PLANNED : PlanItemStatus.IDEA, null, by, at, Approval.NONE, null, List.of());
	}

	void edit(PlanItemDetails changed) {
		if (!this.status.editable()) {
			throw new PlanItemNotAllowed(
					"Only an idea or a planned item can be changed: this item is " + this.status.title().toLowerCase());
		}
		requireValid(changed);
		this.details = changed;
	}

	void plan() {
		move(PlanItemStatus.PLANNED, "Only an idea can be planned");
	}

	/**
	 * @param now the time it is
	 * @return why the item cannot go for approval now, none if it can
	 */
	List<String> submissionProblems(Instant now) {
		if (this.status != PlanItemStatus.PLANNED) {
			return List
				.of("Only a planned item can be sent for approval: this item is " + this.status.title().toLowerCase());
		}
		if (this.details.copy() == null || this.details.copy().isBlank()) {
			return List.of("Enter the copy that will be published before you send it for approval");
		}
		if (!this.details.publishAt().isAfter(now)) {
			return List.of("The scheduled time has passed: choose a later time before you send it for approval");
		}
		return List.of();
	}

	/**
	 * Sends the copy for approval with what the post checker found in it.
	 */
	void submit(String by, Instant at, List<CopyFinding> checked) {
		List<String> problems = submissionProblems(at);
		if (!problems.isEmpty()) {
			throw new PlanItemNotAllowed(problems.get(0));
		}
		this.status = PlanItemStatus.IN_APPROVAL;
		this.statusNote = null;
		this.submittedBy = by;
		this.submittedAt = at;
		this.findings = List.copyOf(checked);
	}

	/**
	 * Approves the copy: someone other than the person who submitted it, before the
	 * scheduled time.
	 */
	void approve(String by, Instant at) {
		requireStatus(PlanItemStatus.IN_APPROVAL, "Only an item in approval can be approved");
		if (by.equals(this.submittedBy)) {
			throw new PlanItemNotAllowed(
					"You cannot approve an item you sent for approval. Ask another communications officer or the Monitoring Officer to approve it");
		}
		if (!at.isBefore(this.details.publishAt())) {
			throw new PlanItemNotAllowed("The scheduled time has passed, so the approval has expired");
		}
		this.status = PlanItemStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	void reject(String by, String reason) {
		requireStatus(PlanItemStatus.IN_APPROVAL, "Only an item in approval can be returned");
		this.status = PlanItemStatus.PLANNED;
		this.statusNote = "Returned by " + by + ((reason == null || reason.isBlank()) ? "" : ": " + reason.strip());
	}

	/**
	 * Sends an item whose approval did not come by the scheduled time back to PLANNED.
	 * @return whether it expired
	 */
	boolean expire(Instant now) {
		if (this.status != PlanItemStatus.IN_APPROVAL || now.isBefore(this.details.publishAt())) {
			return false;
		}
		this.status = PlanItemStatus.PLANNED;
		this.statusNote = "The approval expired: the item was not approved by " + WHEN.format(this.details.publishAt())
				+ ", so it was not published. Choose a new time and send it for approval again.";
		return true;
	}

	void publish(Instant at) {
		requireStatus(PlanItemStatus.APPROVED, "Only an approved item can be published");
		this.status = PlanItemStatus.PUBLISHED;
		this.publishedAt = at;
	}

	void evaluate(String note) {
		requireStatus(PlanItemStatus.PUBLISHED, "Only a published item can be evaluated");
		if (note == null || note.isBlank()) {
			throw new PlanItemNotAllowed("Enter the evaluation: its reach and what worked");
		}
		this.status = PlanItemStatus.EVALUATED;
		this.evaluationNote = note.strip();
	}

	private void move(PlanItemStatus next, String message) {
		if (!this.status.allows(next)) {
			throw new PlanItemNotAllowed(message + ": this item is " + this.status.title().toLowerCase());
		}
		this.status = next;
	}

	private void requireStatus(PlanItemStatus needed, String message) {
		if (this.status != needed) {
			throw new PlanItemNotAllowed(message + ": this item is " + this.status.title().toLowerCase());
		}
	}

	private static void requireValid(PlanItemDetails details) {
		if (details.priorities().isEmpty()) {
			throw new PlanItemNotAllowed("Choose at least one priority of the Strategic Plan that the item serves");
		}
		if (details.endsAt() != null && details.endsAt().isBefore(details.publishAt())) {
			throw new PlanItemNotAllowed("The end must be on or after the start");
		}
	}

	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("kind", this.details.kind().title());
		view.put("title", this.details.title());
		view.put("summary", this.details.summary());
		view.put("key messages", this.details.keyMessages());
		view.put("copy", (this.details.copy() != null) ? this.details.copy().length() + " characters" : null);
		view.put("priorities", this.details.priorities().stream().map(PriorityId::toString).sorted().toList());
		view.put("channels", this.details.channels().stream().map(PlanChannel::title).sorted().toList());
		view.put("audiences", this.details.audiences());
		view.put("owner", this.details.owner());
		view.put("directorate", this.details.directorate());
		view.put("publish at", this.details.publishAt());
		view.put("ends at", this.details.endsAt());
		view.put("status", this.status.title());
		view.put("note", this.statusNote);
		view.put("submitted by", this.submittedBy);
		view.put("approved by", this.approvedBy);
		view.put("evaluation", this.evaluationNote);
		return view;
	}

	public PlanItemId id() {
		return this.id;
	}

	public PlanItemDetails details() {
		return this.details;
	}

	public PlanItemStatus status() {
		return this.status;
	}

	/**
	 * @return why the item last went back to planned (returned or expired), or
	 * {@code null}
	 */
	public String statusNote() {
		return this.statusNote;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public String evaluationNote() {
		return this.evaluationNote;
	}

	/**
	 * @return what the post checker found in the copy when it was last submitted
	 */
	public List<CopyFinding> findings() {
		return this.findings;
	}

}
