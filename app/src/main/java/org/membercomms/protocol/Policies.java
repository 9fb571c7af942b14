package org.membercomms.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;
import org.membercomms.system.Actors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the governing documents and their versions.
 */
@Service
public class Policies {

	static final String RECORD_TYPE = "policy-version";

	private final PolicyVersionRepository versions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Policies(PolicyVersionRepository versions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the version in force today, if one has been published
	 */
	@Transactional(readOnly = true)
	public Optional<PolicyVersion> inForce(PolicyDocument document) {
		return this.versions.inForce(document, LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	public List<PolicyVersion> versions(PolicyDocument document) {
		return this.versions.findAll(document);
	}

	@Transactional(readOnly = true)
	public PolicyVersion version(PolicyDocument document, int number) {
		return this.versions.find(document, number).orElseThrow(() -> new VersionNotFound(document, number));
	}

	/**
	 * Starts a new draft from the version in force (or from the newest one).
	 * @return the draft's number
	 */
	@Transactional
	public int startDraft(PolicyDocument document) {
		if (this.versions.hasOpenDraft(document)) {
			throw new VersionNotAllowed(
					"There is already a draft of the " + document.title() + ": finish it or have it approved first");
		}
		String body = inForce(document).or(() -> this.versions.findAll(document).stream().findFirst())
			.map(PolicyVersion::body)
			.orElse("# " + document.title() + "\n");
		PolicyVersion draft = PolicyVersion.draft(document, this.versions.nextNumber(document), body, Actors.current(),
				this.clock.instant());
		this.versions.insert(draft);
		this.audit.record(RECORD_TYPE, draft.id(), "drafted", Changes.between(Map.of(), draft.auditView()));
		return draft.number();
	}

	@Transactional
	public void saveDraft(PolicyDocument document, int number, String body, String summary) {
		change(version(document, number), version -> {
			version.edit(body, summary);
			return null;
		}, "draft edited");
	}

	/**
	 * @return the problems that stop the draft going for approval, none if it went
	 */
	@Transactional
	public List<String> submit(PolicyDocument document, int number) {
		return change(version(document, number), PolicyVersion::submit, "sent for approval");
	}

	@Transactional
	public void returnToDraft(PolicyDocument document, int number) {
		change(version(document, number), version -> {
			version.returnToDraft();
			return null;
		}, "returned to draft");
	}

	/**
	 * Approves and publishes a version awaiting approval; every serving Member is then
	 * asked to acknowledge it.
	 * @return the problems that stop it, none if it was published
	 */
	@Transactional
	public List<String> approve(PolicyDocument document, int number, LocalDate effectiveFrom) {
		if (effectiveFrom.isBefore(LocalDate.now(this.clock))) {
			return List.of("The date it comes into force must be today or later");
		}
		PolicyVersion version = version(document, number);
		List<String> problems = change(version, it -> it.approve(Actors.current(), this.clock.instant(), effectiveFrom),
				"approved and published");
		if (problems.isEmpty()) {
			this.versions.indexSections(version);
			this.events.publishEvent(
					new PolicyVersionPublished(document, version.id(), version.number(), version.effectiveFrom()));
		}
		return problems;
	}

	/**
	 * Publishes the council's starting text of a document that has no version yet, as the
	 * system: used when a new installation starts.
	 */
	@Transactional
	void publishFirstVersion(PolicyDocument document, String body) {
		if (!this.versions.findAll(document).isEmpty()) {
			return;
		}
		PolicyVersion first = PolicyVersion.draft(document, 1, body, Actors.SYSTEM, this.clock.instant());
		first.edit(body, "First version");
		List<String> problems = first.submit();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The bundled " + document.title() + " cannot be published: " + problems);
		}
		first.approve(Actors.SYSTEM, this.clock.instant(), LocalDate.now(this.clock));
		this.versions.insert(first);
		this.versions.indexSections(first);
		this.audit.record(RECORD_TYPE, first.id(), "published", Changes.between(Map.of(), first.auditView()));
	}

	private <T> T change(PolicyVersion version, java.util.function.Function<PolicyVersion, T> step, String action) {
		Map<String, Object> before = version.auditView();
		T result = step.apply(version);
		var changes = Changes.between(before, version.auditView());
		if (!changes.isEmpty()) {
			this.versions.update(version);
			this.audit.record(RECORD_TYPE, version.id(), action, changes);
		}
		return result;
	}

}
