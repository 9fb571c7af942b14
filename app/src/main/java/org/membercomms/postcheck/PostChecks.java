package org.membercomms.postcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.checker.Channel;
import org.membercomms.checker.Context;
import org.membercomms.checker.PreElectionPeriod;
import org.membercomms.checker.Report;
import org.membercomms.members.Committee;
import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front door of the post checker: checks a person's draft in the context of their
 * Member record and the pre-election periods that bind them (the whole council's, and
 * their ward's when they are a Member, from {@link PreElectionPeriods}), and stores the
 * check as its date, verdict and categories (the text only when the author keeps their
 * history). Only the author can read their checks back: every query here takes the
 * signed-in username.
 * <p>
 * A check holds no database connection while the checker runs: the author's record is
 * read in a short read-only transaction, the checker runs outside any transaction, and
 * only its result is stored, in a short transaction of its own.
 */
@Service
public class PostChecks {

	static final String PREFERENCE_RECORD = "post checker preference";

	/** How many of their checks a person's history shows at most. */
	static final int HISTORY_SHOWN = 200;

	private final DraftChecker checker;

	private final Members members;

	private final List<PreElectionPeriods> elections;

	private final PostCheckRepository repository;

	private final AuditTrail audit;

	private final TransactionTemplate reading;

	private final TransactionTemplate storing;

	private final Clock clock;

	PostChecks(DraftChecker checker, Members members, List<PreElectionPeriods> elections,
			PostCheckRepository repository, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
		this.checker = checker;
		this.members = members;
		this.elections = elections;
		this.repository = repository;
		this.audit = audit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.storing = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Checks a draft and stores the check for its author. Call it outside any
	 * transaction: the checker runs with no database connection held.
	 * @param username who is checking
	 * @param draft the draft
	 * @param channel the account it would go out on
	 * @param via the page or the API
	 * @return the checker's report
	 */
	public Report check(String username, Draft draft, Channel channel, Via via) {
		Author author = this.reading.execute(status -> authorOf(username, channel));
		Report report = this.checker.check(draft.toPost(), author.context());
		this.storing.executeWithoutResult(status -> record(username, author, draft, report, via));
		return report;
	}

	/**
	 * Checks several drafts for one author, as the API's batch does, and stores every
	 * check together (or none). Call it outside any transaction: the checker runs with no
	 * database connection held.
	 * @param username who is checking
	 * @param drafts the drafts
	 * @return one report per draft, in order
	 */
	public List<Report> checkAll(String username, List<Draft> drafts) {
		Author author = this.reading.execute(status -> authorOf(username, Channel.PERSONAL));
		List<Report> reports = drafts.stream()
			.map(draft -> this.checker.check(draft.toPost(), author.context()))
			.toList();
		this.storing.executeWithoutResult(status -> {
			for (int i = 0; i < drafts.size(); i++) {
				record(username, author, drafts.get(i), reports.get(i), Via.API);
			}
		});
		return reports;
	}

	/**
	 * Checks copy that is not a Member's post (a plan item on a council channel) and
	 * stores nothing: no history, no figures. Call it outside any transaction.
	 * @param draft the copy
	 * @param channel the account it would go out on
	 * @param day the day it is to be published
	 * @return the checker's report
	 */
	public Report checkUnrecorded(Draft draft, Channel channel, LocalDate day) {
		return this.checker.check(draft.toPost(), contextFor(Optional.empty(), channel, day));
	}

	private Author authorOf(String username, Channel channel) {
		Optional<MemberId> member = this.members.memberSignedInAs(username);
		return new Author(member, contextFor(member, channel, today()), keepsHistory(username));
	}

	/**
	 * The context of a post by this person: their committees, the channel, the day and
	 * the pre-election periods that bind them: the whole council's, and their ward's when
	 * they are a Member (someone without a Member record gets the whole council's only).
	 * @param member the author's Member record, if they have one
	 * @param channel the account the post goes out on
	 * @param day the day it is (or was) published, or {@code null} when unknown
	 * @return the context to check the post in
	 */
	public Context contextFor(Optional<MemberId> member, Channel channel, LocalDate day) {
		Optional<Member> record = member.map(this.members::get);
		Set<String> committees = record
			.map(found -> found.committees().stream().map(Committee::name).collect(Collectors.toSet()))
			.orElse(Set.of());
		String ward = record.map(Member::ward).orElse(null);
		List<PreElectionPeriod> periods = this.elections.stream()
			.flatMap(source -> source.forWard(ward).stream())
			.distinct()
			.toList();
		return new Context(committees, channel, day, periods, List.of());
	}

	/**
	 * @param username a signed-in person
	 * @return their Member record, if they are a Member
	 */
	public Optional<MemberId> memberOf(String username) {
		return this.members.memberSignedInAs(username);
	}

	private void record(String username, Author author, Draft draft, Report report, Via via) {
		this.repository.insert(UUID.randomUUID(), username, author.member(), this.clock.instant(), today(), via, report,
				author.keepsHistory() ? draft.text() : null);
	}

	/**
	 * @param username a signed-in person
	 * @return whether they keep the text of their checks
	 */
	@Transactional(readOnly = true)
	public boolean keepsHistory(String username) {
		return this.repository.keepsHistory(username).orElse(false);
	}

	/**
	 * Turns "keep my history" on or off. Turning it off also removes the text of every
	 * earlier check.
	 * @param username the signed-in person
	 * @param keep whether to keep the text of checks from now on
	 */
	@Transactional
	public void keepHistory(String username, boolean keep) {
		boolean before = keepsHistory(username);
		if (before == keep) {
			return;
		}
		this.repository.saveKeepHistory(username, keep);
		if (!keep) {
			this.repository.forgetTexts(username);
		}
		this.audit.record(PREFERENCE_RECORD, username, "changed",
				List.of(FieldChange.of("keep my history", before ? "yes" : "no", keep ? "yes" : "no")));
	}

	/**
	 * @param username the signed-in person
	 * @return their own checks, newest first (at most {@value #HISTORY_SHOWN})
	 */
	@Transactional(readOnly = true)
	public List<CheckedPost> history(String username) {
		return this.repository.newestOf(username, HISTORY_SHOWN);
	}

	/**
	 * @param username the signed-in person
	 * @param id a check's id
	 * @return the check, only if it is that person's own
	 */
	@Transactional(readOnly = true)
	public Optional<CheckedPost> ownCheck(String username, UUID id) {
		return this.repository.find(username, id);
	}

	/**
	 * Deletes every check of the signed-in person.
	 * @param username the signed-in person
	 * @return how many were deleted
	 */
	@Transactional
	public int forgetHistory(String username) {
		int deleted = this.repository.deleteAllOf(username);
		if (deleted > 0) {
			this.audit.record("post checks", username, "history deleted",
					List.of(FieldChange.of("checks", deleted, 0)));
		}
		return deleted;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What a check needs to know about its author, read before the checker runs.
	 */
	private record Author(Optional<MemberId> member, Context context, boolean keepsHistory) {
	}

}
