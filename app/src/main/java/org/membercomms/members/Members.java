package org.membercomms.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.Changes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to the members directory. Every change is written to the audit trail in
 * the same transaction.
 */
@Service
public class Members {

	static final String RECORD_TYPE = "member";

	private final MemberRepository members;

	private final AuditTrail audit;

	private final List<MemberAccounts> accounts;

	Members(MemberRepository members, AuditTrail audit, List<MemberAccounts> accounts) {
		this.members = members;
		this.audit = audit;
		this.accounts = accounts;
	}

	/**
	 * @param username a signed-in person's username
	 * @return the serving Member their account belongs to, if any
	 */
	@Transactional(readOnly = true)
	public Optional<MemberId> memberSignedInAs(String username) {
		return this.accounts.stream()
			.map(source -> source.memberSignedInAs(username))
			.flatMap(Optional::stream)
			.findFirst()
			.filter(id -> this.members.findById(id.value()).filter(member -> !member.isRetired()).isPresent());
	}

	/**
	 * @param includeRetired whether to list retired Members too
	 * @return the Members by name
	 */
	@Transactional(readOnly = true)
	public List<Member> directory(boolean includeRetired) {
		return this.members.findAllByOrderByNameAsc()
			.stream()
			.filter(member -> includeRetired || !member.isRetired())
			.toList();
	}

	@Transactional(readOnly = true)
	public Member get(MemberId id) {
		return this.members.findById(id.value()).orElseThrow(() -> new MemberNotFound(id));
	}

	/**
	 * @param id a Member
	 * @return the Member, still serving
	 * @throws MemberRetired when the Member has retired: their record no longer changes
	 */
	@Transactional(readOnly = true)
	public Member serving(MemberId id) {
		Member member = get(id);
		if (member.isRetired()) {
			throw new MemberRetired(id);
		}
		return member;
	}

	/**
	 * @param councilEmail a council email address, in any case
	 * @return the Member with that address, if any
	 */
	@Transactional(readOnly = true)
	public Optional<MemberId> findByCouncilEmail(String councilEmail) {
		return this.members.findByCouncilEmail(councilEmail.strip().toLowerCase(java.util.Locale.ROOT))
			.map(Member::memberId);
	}

	@Transactional
	public MemberId enrol(MemberDetails details) {
		requireEmailFree(details.councilEmail(), null);
		Member member = Member.enrol(details);
		save(member, Map.of(), "created");
		return member.memberId();
	}

	@Transactional
	public void update(MemberId id, MemberDetails details) {
		requireEmailFree(details.councilEmail(), id);
		change(id, member -> member.update(details), "updated");
	}

	@Transactional
	public void retire(MemberId id, LocalDate on, String reason) {
		change(id, member -> member.retire(on, reason), "retired");
	}

	@Transactional
	public void addSocialAccount(MemberId id, Platform platform, String handle, Set<CouncillorPresentation> reasons) {
		change(id, member -> member.addSocialAccount(SocialAccount.of(platform, handle, reasons)),
				"social media account added");
	}

	@Transactional
	public void removeSocialAccount(MemberId id, int index) {
		change(id, member -> member.removeSocialAccount(index), "social media account removed");
	}

	private void change(MemberId id, java.util.function.Consumer<Member> change, String action) {
		Member member = this.members.findById(id.value()).orElseThrow(() -> new MemberNotFound(id));
		Map<String, Object> before = member.auditView();
		change.accept(member);
		save(member, before, action);
	}

	/**
	 * Saves a Member and records what changed; a change that changed nothing is not
	 * recorded.
	 */
	void save(Member member, Map<String, Object> before, String action) {
		var changes = Changes.between(before, member.auditView());
		if (changes.isEmpty()) {
			return;
		}
		this.members.save(member);
		this.audit.record(RECORD_TYPE, member.memberId(), action, changes);
	}

	private void requireEmailFree(String email, MemberId self) {
		this.members.findByCouncilEmail(email).filter(other -> !other.memberId().equals(self)).ifPresent(other -> {
			throw new CouncilEmailTaken(email);
		});
	}

}
