package org.membercomms.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An elected Member of the council, as the directory knows them. A Member is retired,
 * never deleted: a retired Member's history stays, and their details can no longer be
 * changed.
 */
public class Member {

	private final UUID id;

	private Integer version;

	private String name;

	private String councilEmail;

	private String ward;

	private String politicalGroup;

	private boolean groupLeader;

	private LocalDate termStarts;

	private LocalDate termEnds;

	private LocalDate retiredOn;

	private String retirementReason;

	private Set<CommitteeSeat> committees;

	private List<CouncilRole> roles;

	private List<SocialAccount> socialAccounts;

	Member(UUID id, Integer version, String name, String councilEmail, String ward, String politicalGroup,
			boolean groupLeader, LocalDate termStarts, LocalDate termEnds, LocalDate retiredOn, String retirementReason,
			Set<CommitteeSeat> committees, List<CouncilRole> roles, List<SocialAccount> socialAccounts) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.councilEmail = councilEmail;
		this.ward = ward;
		this.politicalGroup = politicalGroup;
		this.groupLeader = groupLeader;
		this.termStarts = termStarts;
		this.termEnds = termEnds;
		this.retiredOn = retiredOn;
		this.retirementReason = retirementReason;
		this.committees = new LinkedHashSet<>(committees);
		this.roles = new ArrayList<>(roles);
		this.socialAccounts = new ArrayList<>(socialAccounts);
	}

	/**
	 * @return the version last saved, or {@code null} for a Member never saved
	 */
	Integer version() {
		return this.version;
	}

	void savedAs(int version) {
		this.version = version;
	}

	static Member enrol(MemberDetails details) {
		Member member = new Member(UUID.randomUUID(), null, null, null, null, null, false, null, null, null, null,
				Set.of(), List.of(), List.of());
		member.apply(details);
		return member;
	}

	void update(MemberDetails details) {
		requireServing();
		apply(details);
	}

	void retire(LocalDate on, String reason) {
		requireServing();
		this.retiredOn = on;
		this.retirementReason = reason;
	}

	void addSocialAccount(SocialAccount account) {
		requireServing();
		this.socialAccounts.add(account);
	}

	void removeSocialAccount(int index) {
		requireServing();
		if (index < 0 || index >= this.socialAccounts.size()) {
			throw new MemberNotFound("social media account " + index + " of " + this.id);
		}
		this.socialAccounts.remove(index);
	}

	private void apply(MemberDetails details) {
		this.name = details.name();
		this.councilEmail = details.councilEmail();
		this.ward = details.ward();
		this.politicalGroup = details.politicalGroup();
		this.groupLeader = details.groupLeader();
		this.termStarts = details.termStarts();
		this.termEnds = details.termEnds();
		this.committees = details.committees()
			.stream()
			.sorted()
			.map(CommitteeSeat::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		this.roles = details.roles().stream().map(CouncilRole::new).collect(Collectors.toCollection(ArrayList::new));
	}

	private void requireServing() {
		if (isRetired()) {
			throw new MemberRetired(memberId());
		}
	}

	/**
	 * @return the Member's fields as the audit trail records them, in display order
	 */
	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", this.name);
		view.put("council email", this.councilEmail);
		view.put("ward", this.ward);
		view.put("political group", this.politicalGroup);
		view.put("group leader", this.groupLeader ? "yes" : "no");
		view.put("committees", committees().stream().map(Committee::title).collect(Collectors.joining(", ")));
		view.put("roles", String.join("; ", roles()));
		view.put("term starts", this.termStarts);
		view.put("term ends", this.termEnds);
		view.put("social media accounts",
				this.socialAccounts.stream().map(SocialAccount::describe).collect(Collectors.joining("; ")));
		view.put("retired on", this.retiredOn);
		view.put("retirement reason", this.retirementReason);
		return view;
	}

	public MemberDetails details() {
		return new MemberDetails(this.name, this.councilEmail, this.ward, this.politicalGroup, this.groupLeader,
				committees(), roles(), this.termStarts, this.termEnds);
	}

	public MemberId memberId() {
		return new MemberId(this.id);
	}

	public String name() {
		return this.name;
	}

	public String councilEmail() {
		return this.councilEmail;
	}

	public String ward() {
		return this.ward;
	}

	public String politicalGroup() {
		return this.politicalGroup;
	}

	public boolean groupLeader() {
		return this.groupLeader;
	}

	public LocalDate termStarts() {
		return this.termStarts;
	}

	public LocalDate termEnds() {
		return this.termEnds;
	}

	public LocalDate retiredOn() {
		return this.retiredOn;
	}

	public String retirementReason() {
		return this.retirementReason;
	}

	public boolean isRetired() {
		return this.retiredOn != null;
	}

	public Set<Committee> committees() {
		Set<Committee> seats = EnumSet.noneOf(Committee.class);
		this.committees.forEach(seat -> seats.add(seat.committee()));
		return seats;
	}

	public List<String> roles() {
		return this.roles.stream().map(CouncilRole::title).toList();
	}

	public List<SocialAccount> socialAccounts() {
		return List.copyOf(this.socialAccounts);
	}

}
