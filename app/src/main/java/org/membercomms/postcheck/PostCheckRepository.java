package org.membercomms.postcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.checker.Report;
import org.membercomms.checker.Verdict;
import org.membercomms.members.MemberId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checks people made ({@code post_check}) and whether each person keeps the text of
 * theirs ({@code post_check_preference}). Every read takes the owner's username.
 */
@Repository
class PostCheckRepository {

	private final JdbcClient jdbc;

	PostCheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores one check.
	 * @param text the draft, or {@code null} when its author does not keep their history
	 */
	void insert(UUID id, String owner, Optional<MemberId> member, Instant at, LocalDate on, Via via, Report report,
			String text) {
		this.jdbc.sql("""
				insert into post_check (id, owner, member_id, checked_at, checked_on, via, verdict, categories, text)
				values (:id, :owner, :member, :at, :on, :via, :verdict, :categories, :text)""")
			.param("id", id)
			.param("owner", owner)
			.param("member", member.map(MemberId::value).orElse(null))
			.param("at", Timestamp.from(at))
			.param("on", on)
			.param("via", via.name())
			.param("verdict", report.verdict().name())
			.param("categories", CheckedPost.join(report.categories()))
			.param("text", text)
			.update();
	}

	/**
	 * @return whether the person keeps the text of their checks, if they ever chose
	 */
	Optional<Boolean> keepsHistory(String owner) {
		return this.jdbc.sql("select keep_history from post_check_preference where owner = :owner")
			.param("owner", owner)
			.query(Boolean.class)
			.optional();
	}

	void saveKeepHistory(String owner, boolean keep) {
		this.jdbc.sql("""
				insert into post_check_preference (owner, keep_history) values (:owner, :keep)
				on conflict (owner) do update set keep_history = excluded.keep_history""")
			.param("owner", owner)
			.param("keep", keep)
			.update();
	}

	/**
	 * Removes the text of every check of the person, keeping the rest.
	 */
	void forgetTexts(String owner) {
		this.jdbc.sql("update post_check set text = null where owner = :owner and text is not null")
			.param("owner", owner)
			.update();
	}

	/**
	 * @return the person's checks, newest first, at most {@code limit}
	 */
	List<CheckedPost> newestOf(String owner, int limit) {
		return this.jdbc.sql("""
				select id, checked_at, verdict, categories, text from post_check
				where owner = :owner order by checked_at desc limit :limit""")
			.param("owner", owner)
			.param("limit", limit)
			.query(PostCheckRepository::checkedPost)
			.list();
	}

	Optional<CheckedPost> find(String owner, UUID id) {
		return this.jdbc.sql("""
				select id, checked_at, verdict, categories, text from post_check
				where owner = :owner and id = :id""")
			.param("owner", owner)
			.param("id", id)
			.query(PostCheckRepository::checkedPost)
			.optional();
	}

	/**
	 * @return how many checks were deleted
	 */
	int deleteAllOf(String owner) {
		return this.jdbc.sql("delete from post_check where owner = :owner").param("owner", owner).update();
	}

	private static CheckedPost checkedPost(ResultSet row, int number) throws SQLException {
		return new CheckedPost(row.getObject("id", UUID.class), row.getTimestamp("checked_at").toInstant(),
				Verdict.valueOf(row.getString("verdict")), CheckedPost.parse(row.getString("categories")),
				row.getString("text"));
	}

}
