package org.membercomms.commsplan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan items in pre-election periods: what the author and the Monitoring Officer mark,
 * the flag it gives (see {@link PreElectionFlag}), and who may approve a flagged item.
 * Every mark is audited.
 */
@Service
public class PreElectionReviews {

	static final String MARKED = "marked for the pre-election period";

	/**
	 * The record type of plan items in the audit trail, as {@code PlanItems} writes it.
	 */
	private static final String RECORD_TYPE = "plan item";

	private final PreElectionMarkRepository marks;

	private final PlanItemRepository items;

	private final ElectionRepository elections;

	private final AuditTrail audit;

	PreElectionReviews(PreElectionMarkRepository marks, PlanItemRepository items, ElectionRepository elections,
			AuditTrail audit) {
		this.marks = marks;
		this.items = items;
		this.elections = elections;
		this.audit = audit;
	}

	/**
	 * @param item an item, with the findings of its last submission
	 * @return its flag
	 */
	@Transactional(readOnly = true)
	public PreElectionFlag flag(PlanItem item) {
		boolean namesPolitics = item.findings().stream().anyMatch(finding -> "PRE_ELECTION".equals(finding.category()));
		return PreElectionFlag.review(item.details(), namesPolitics, this.marks.find(item.id()),
				this.elections.findAll());
	}

	/**
	 * @return the flag of every item that only the Monitoring Officer may approve, by
	 * item
	 */
	@Transactional(readOnly = true)
	public Map<PlanItemId, PreElectionFlag> flagged(List<PlanItem> items) {
		Set<PlanItemId> namePolitics = this.marks.withPreElectionFindings();
		Map<PlanItemId, PreElectionMarks> marked = this.marks.all();
		List<Election> all = this.elections.findAll();
		return items.stream()
			.collect(Collectors.toMap(PlanItem::id,
					item -> PreElectionFlag.review(item.details(), namePolitics.contains(item.id()),
							marked.getOrDefault(item.id(), PreElectionMarks.NONE), all)))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().flagged())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Transactional(readOnly = true)
	public PreElectionMarks marks(PlanItemId id) {
		return this.marks.find(id);
	}

	/**
	 * The author's marks: whether the item is controversial, and whether it is public
	 * safety or emergency information. Only while the item can be changed.
	 */
	@Transactional
	public void markByAuthor(PlanItemId id, boolean controversial, boolean publicSafety) {
		PlanItem item = this.items.findForUpdate(id).orElseThrow(() -> new PlanItemNotFound(id));
		if (!item.status().editable()) {
			throw new PlanItemNotAllowed("Only an idea or a planned item can be marked: this item is "
					+ item.status().title().toLowerCase());
		}
		change(id,
				before -> new PreElectionMarks(controversial, before.controversialByMonitoringOfficer(), publicSafety));
	}

	/**
	 * The Monitoring Officer's mark: whether the item is controversial.
	 */
	@Transactional
	public void markByMonitoringOfficer(PlanItemId id, boolean controversial) {
		this.items.findForUpdate(id).orElseThrow(() -> new PlanItemNotFound(id));
		change(id,
				before -> new PreElectionMarks(before.controversialByAuthor(), controversial, before.publicSafety()));
	}

	/**
	 * Refuses the approval of a flagged item by anyone but the Monitoring Officer.
	 * @throws PlanItemNotAllowed when the item is flagged and they are not
	 */
	void requireApprover(PlanItem item, boolean byMonitoringOfficer) {
		PreElectionFlag flag = flag(item);
		if (flag.flagged() && !byMonitoringOfficer) {
			throw new PlanItemNotAllowed(flag.refusal());
		}
	}

	private void change(PlanItemId id, UnaryOperator<PreElectionMarks> step) {
		PreElectionMarks before = this.marks.find(id);
		PreElectionMarks after = step.apply(before);
		var changes = Changes.between(before.auditView(), after.auditView());
		if (!changes.isEmpty()) {
			this.marks.save(id, after);
			this.audit.record(RECORD_TYPE, id, MARKED, changes);
		}
	}

}
