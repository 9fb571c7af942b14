package org.membercomms.commsplan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;
import org.membercomms.members.Member;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the elections Democratic Services enter. Every change is written to
 * the audit trail in the same transaction.
 */
@Service
public class Elections {

	static final String RECORD_TYPE = "election";

	private final ElectionRepository elections;

	private final Members members;

	private final AuditTrail audit;

	Elections(ElectionRepository elections, Members members, AuditTrail audit) {
		this.elections = elections;
		this.members = members;
		this.audit = audit;
	}

	/**
	 * @return every election, the latest polling day first
	 */
	@Transactional(readOnly = true)
	public List<Election> all() {
		return this.elections.findAll();
	}

	/**
	 * @param id an election
	 * @return the election
	 * @throws ElectionNotFound when there is none with that id
	 */
	@Transactional(readOnly = true)
	public Election get(UUID id) {
		return this.elections.find(id).orElseThrow(() -> new ElectionNotFound(id));
	}

	/**
	 * @return every ward a Member of the directory has (serving or retired), by name: the
	 * wards an election may name
	 */
	@Transactional(readOnly = true)
	public Set<String> wards() {
		Set<String> wards = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.members.directory(true).stream().map(Member::ward).forEach(wards::add);
		return wards;
	}

	/**
	 * Enters a new election.
	 * @param details its dates, kind and area
	 * @return its id
	 */
	@Transactional
	public UUID enter(ElectionDetails details) {
		return enter(details, "created");
	}

	UUID enter(ElectionDetails details, String action) {
		Election election = new Election(UUID.randomUUID(), details);
		this.elections.insert(election);
		this.audit.record(RECORD_TYPE, election.id(), action, Changes.between(Map.of(), details.auditView()));
		return election.id();
	}

	/**
	 * Changes an election; a change that changes nothing is not recorded.
	 * @param id the election
	 * @param details its new dates, kind and area
	 */
	@Transactional
	public void change(UUID id, ElectionDetails details) {
		Election before = get(id);
		var changes = Changes.between(before.details().auditView(), details.auditView());
		if (changes.isEmpty()) {
			return;
		}
		this.elections.update(new Election(id, details));
		this.audit.record(RECORD_TYPE, id, "updated", changes);
	}

	/**
	 * Deletes an election: its period no longer binds anyone.
	 * @param id the election
	 */
	@Transactional
	public void delete(UUID id) {
		Election before = get(id);
		this.elections.delete(id);
		this.audit.record(RECORD_TYPE, id, "deleted", Changes.between(before.details().auditView(), Map.of()));
	}

}
