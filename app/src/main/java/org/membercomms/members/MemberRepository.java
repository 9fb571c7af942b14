package org.membercomms.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members and everything that belongs to them (committee seats, council roles, social
 * media accounts), saved together: a save replaces the Member's seats, roles and
 * accounts, and fails if someone else saved the Member since it was read (its version).
 */
@Repository
class MemberRepository {

	private static final String SELECT = """
			select id, version, name, council_email, ward, political_group, group_leader, term_starts, term_ends,
			       retired_on, retirement_reason
			from member""";

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Member> findById(UUID id) {
		return load(this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(MemberRow::of).list()).stream()
			.findFirst();
	}

	Optional<Member> findByCouncilEmail(String councilEmail) {
		return load(this.jdbc.sql(SELECT + " where council_email = :email")
			.param("email", councilEmail)
			.query(MemberRow::of)
			.list()).stream().findFirst();
	}

	List<Member> findAllByOrderByNameAsc() {
		return load(this.jdbc.sql(SELECT + " order by name").query(MemberRow::of).list());
	}

	/**
	 * Inserts a new Member or updates one read before, with their seats, roles and
	 * accounts.
	 * @throws OptimisticLockingFailureException when the Member changed since it was read
	 */
	void save(Member member) {
		Integer version = member.version();
		if (version == null) {
			this.jdbc.sql("""
					insert into member (id, version, name, council_email, ward, political_group, group_leader,
					    term_starts, term_ends, retired_on, retirement_reason)
					values (:id, 0, :name, :email, :ward, :group, :leader, :starts, :ends, :retiredOn, :reason)""")
				.params(columns(member))
				.update();
			member.savedAs(0);
		}
		else {
			int updated = this.jdbc.sql("""
					update member set version = version + 1, name = :name, council_email = :email, ward = :ward,
					    political_group = :group, group_leader = :leader, term_starts = :starts, term_ends = :ends,
					    retired_on = :retiredOn, retirement_reason = :reason
					where id = :id and version = :version""")
				.params(columns(member))
				.param("version", version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException(
						"Member " + member.memberId() + " changed since it was read");
			}
			member.savedAs(version + 1);
		}
		saveBelongings(member);
	}

	private void saveBelongings(Member member) {
		UUID id = member.memberId().value();
		for (String table : List.of("committee_seat", "council_role", "social_account")) {
			this.jdbc.sql("delete from " + table + " where member_id = :id").param("id", id).update();
		}
		for (Committee committee : member.committees()) {
			this.jdbc.sql("insert into committee_seat (member_id, committee) values (:id, :committee)")
				.param("id", id)
				.param("committee", committee.name())
				.update();
		}
		int position = 0;
		for (String title : member.roles()) {
			this.jdbc.sql("insert into council_role (member_id, position, title) values (:id, :position, :title)")
				.param("id", id)
				.param("position", position++)
				.param("title", title)
				.update();
		}
		position = 0;
		for (SocialAccount account : member.socialAccounts()) {
			this.jdbc.sql("""
					insert into social_account (member_id, position, platform, handle, presents_as_councillor, reasons)
					values (:id, :position, :platform, :handle, :presents, :reasons)""")
				.param("id", id)
				.param("position", position++)
				.param("platform", account.platform().name())
				.param("handle", account.handle())
				.param("presents", account.presentsAsCouncillor())
				.param("reasons", account.reasons())
				.update();
		}
	}

	private static Map<String, Object> columns(Member member) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", member.memberId().value());
		columns.put("name", member.name());
		columns.put("email", member.councilEmail());
		columns.put("ward", member.ward());
		columns.put("group", member.politicalGroup());
		columns.put("leader", member.groupLeader());
		columns.put("starts", member.termStarts());
		columns.put("ends", member.termEnds());
		columns.put("retiredOn", member.retiredOn());
		columns.put("reason", member.retirementReason());
		return columns;
	}

	/**
	 * Reads the seats, roles and accounts of the Members in three statements, whatever
	 * their number.
	 */
	private List<Member> load(List<MemberRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(MemberRow::id).toList();
		Map<UUID, Set<CommitteeSeat>> seats = new HashMap<>();
		this.jdbc.sql("select member_id, committee from committee_seat where member_id in (:ids) order by committee")
			.param("ids", ids)
			.query((rs, row) -> {
				seats.computeIfAbsent(rs.getObject("member_id", UUID.class), key -> new LinkedHashSet<>())
					.add(new CommitteeSeat(Committee.valueOf(rs.getString("committee"))));
				return null;
			})
			.list();
		Map<UUID, List<CouncilRole>> roles = new HashMap<>();
		this.jdbc.sql("select member_id, title from council_role where member_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, row) -> roles.computeIfAbsent(rs.getObject("member_id", UUID.class), key -> new ArrayList<>())
				.add(new CouncilRole(rs.getString("title"))))
			.list();
		Map<UUID, List<SocialAccount>> accounts = new HashMap<>();
		this.jdbc.sql("""
				select member_id, platform, handle, presents_as_councillor, reasons from social_account
				where member_id in (:ids) order by position""")
			.param("ids", ids)
			.query((rs, row) -> accounts
				.computeIfAbsent(rs.getObject("member_id", UUID.class), key -> new ArrayList<>())
				.add(new SocialAccount(Platform.valueOf(rs.getString("platform")), rs.getString("handle"),
						rs.getBoolean("presents_as_councillor"), rs.getString("reasons"))))
			.list();
		return rows.stream()
			.map(row -> row.member(seats.getOrDefault(row.id(), Set.of()), roles.getOrDefault(row.id(), List.of()),
					accounts.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private record MemberRow(UUID id, int version, String name, String councilEmail, String ward, String politicalGroup,
			boolean groupLeader, LocalDate termStarts, LocalDate termEnds, LocalDate retiredOn,
			String retirementReason) {

		static MemberRow of(ResultSet rs, int row) throws SQLException {
			return new MemberRow(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("name"),
					rs.getString("council_email"), rs.getString("ward"), rs.getString("political_group"),
					rs.getBoolean("group_leader"), rs.getObject("term_starts", LocalDate.class),
					rs.getObject("term_ends", LocalDate.class), rs.getObject("retired_on", LocalDate.class),
					rs.getString("retirement_reason"));
		}

		Member member(Set<CommitteeSeat> seats, List<CouncilRole> roles, List<SocialAccount> accounts) {
			return new Member(this.id, this.version, this.name, this.councilEmail, this.ward, this.politicalGroup,
					this.groupLeader, this.termStarts, this.termEnds, this.retiredOn, this.retirementReason, seats,
					roles, accounts);
		}

	}

}
