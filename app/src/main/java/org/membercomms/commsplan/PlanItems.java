package org.membercomms.commsplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Report;
import org.membercomms.postcheck.Draft;
import org.membercomms.postcheck.PostChecks;
import org.membercomms.system.Actors;
import org.membercomms.system.CouncilTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front door to the plan items: planning them, sending their copy for approval
 * (checked by the post checker on the way), approving, returning, publishing and
 * evaluating them. Every change is audited.
 */
@Service
public class PlanItems {

	static final String RECORD_TYPE = "plan item";

	private final PlanItemRepository items;

	private final PostChecks checks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final PreElectionReviews preElection;

	PlanItems(PlanItemRepository items, PostChecks checks, AuditTrail audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, PreElectionReviews preElection) {
		this.items = items;
		this.checks = checks;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.preElection = preElection;
	}

	@Transactional(readOnly = true)
	public List<PlanItem> all() {
		return this.items.findAll();
	}

	@Transactional(readOnly = true)
	public PlanItem item(PlanItemId id) {
		return this.items.find(id).orElseThrow(() -> new PlanItemNotFound(id));
	}

	/**
	 * Adds an item to the plan.
	 * @param details what the author says about it
	 * @param planned whether it is planned already, rather than an idea
	 * @return its id
	 */
	@Transactional
	public PlanItemId create(PlanItemDetails details, boolean planned) {
		PlanItem item = PlanItem.create(details, planned, Actors.current(), this.clock.instant());
		this.items.insert(item);
		this.audit.record(RECORD_TYPE, item.id(), "created", Changes.between(Map.of(), item.auditView()));
		return item.id();
	}

	@Transactional
	public void edit(PlanItemId id, PlanItemDetails details) {
		change(id, item -> item.edit(details), "edited");
	}

	@Transactional
	public void plan(PlanItemId id) {
		change(id, PlanItem::plan, "planned");
	}

	/**
	 * Runs the copy through the post checker as a post on a council account, outside any
	 * transaction and without storing it in anyone's history, then sends the item for
	 * approval with the findings.
	 * @return the problems that stop it going, none if it went
	 */
	public List<String> submit(PlanItemId id) {
		PlanItem item = item(id);
		List<String> problems = item.submissionProblems(this.clock.instant());
		if (!problems.isEmpty()) {
			return problems;
		}
		LocalDate day = LocalDate.ofInstant(item.details().publishAt(), CouncilTime.ZONE);
		Report report = this.checks.checkUnrecorded(new Draft(item.details().copy(), List.of(), null), Channel.COUNCIL,
				day);
		List<CopyFinding> findings = report.findings()
			.stream()
			.map(finding -> new CopyFinding(finding.category().name(), finding.severity().name(), finding.explanation(),
					finding.advice()))
			.toList();
		String by = Actors.current();
		this.transaction.executeWithoutResult(status -> {
			change(id, locked -> locked.submit(by, this.clock.instant(), findings), "sent for approval");
			this.items.replaceFindings(id, findings);
		});
		return List.of();
	}

	/**
	 * Approves the copy as someone who is not the Monitoring Officer. The person who sent
	 * it for approval cannot, and nor can anyone if the item is flagged for a
	 * pre-election period.
	 * @throws PlanItemNotAllowed when they are that person, the item is flagged, or the
	 * time has passed
	 */
	@Transactional(noRollbackFor = PlanItemNotAllowed.class)
	public void approve(PlanItemId id) {
		approve(id, false);
	}

	/**
	 * Approves the copy. The person who sent it for approval cannot; an item flagged for
	 * a pre-election period only the Monitoring Officer can.
	 * @param byMonitoringOfficer whether the person approving is the Monitoring Officer
	 * @throws PlanItemNotAllowed when they may not, or the time has passed
	 */
	@Transactional(noRollbackFor = PlanItemNotAllowed.class)
	public void approve(PlanItemId id, boolean byMonitoringOfficer) {
		if (expire(id)) {
			throw new PlanItemNotAllowed("The scheduled time has passed, so the approval has expired");
		}
		change(id, item -> {
			this.preElection.requireApprover(item, byMonitoringOfficer);
			item.approve(Actors.current(), this.clock.instant());
		}, "approved");
	}

	@Transactional
	public void reject(PlanItemId id, String reason) {
		change(id, item -> item.reject(Actors.current(), reason), "returned");
	}

	@Transactional
	public void publish(PlanItemId id) {
		PlanItem item = change(id, it -> it.publish(this.clock.instant()), "published");
		this.events.publishEvent(
				new PlanItemPublished(id, item.details().priorities(), item.details().channels(), item.publishedAt()));
	}

	@Transactional
	public void evaluate(PlanItemId id, String note) {
		change(id, item -> item.evaluate(note), "evaluated");
	}

	/**
	 * Sends every item whose approval has not come by its scheduled time back to planned.
	 * @return how many expired
	 */
	@Transactional
	public int expireApprovals() {
		int expired = 0;
		for (PlanItemId id : this.items.awaitingApprovalDueBy(this.clock.instant())) {
			if (expire(id)) {
				expired++;
			}
		}
		return expired;
	}

	private boolean expire(PlanItemId id) {
		boolean[] expired = { false };
		change(id, item -> expired[0] = item.expire(this.clock.instant()), "approval expired");
		return expired[0];
	}

	private PlanItem change(PlanItemId id, Consumer<PlanItem> step, String action) {
		PlanItem item = this.items.findForUpdate(id).orElseThrow(() -> new PlanItemNotFound(id));
		Map<String, Object> before = item.auditView();
		step.accept(item);
		var changes = Changes.between(before, item.auditView());
		if (!changes.isEmpty()) {
			this.items.update(item);
			this.audit.record(RECORD_TYPE, id, action, changes);
		}
		return item;
	}

}
