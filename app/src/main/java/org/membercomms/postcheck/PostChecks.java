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
import org.membercomms.checker.PostChecker;
import org.membercomms.checker.Report;
import org.membercomms.members.Committee;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the post checker: checks a person's draft in the context of their
 * Member record and the council's pre-election periods, and stores the check as its date,
 * verdict and categories (the text only when the author keeps their history). Only the
 * author can read their checks back: every query here takes the signed-in username.
 */
@Service
public class PostChecks {

	static final String PREFERENCE_RECORD = "post checker preference";

	/** How many of their checks a person's history shows at most. */
	static final int HISTORY_SHOWN = 200;

	private final PostChecker checker;

	private final Members members;

	private final PostCheckSettings settings;

	private final PostCheckRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	PostChecks(PostChecker checker, Members members, PostCheckSettings settings, PostCheckRepository repository,
			AuditTrail audit, Clock clock) {
		this.checker = checker;
		this.members = members;
		this.settings = settings;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks a draft and stores the check for its author.
	 * @param username who is checking
	 * @param draft the draft
	 * @param channel the account it would go out on
	 * @param via the page or the API
	 * @return the checker's report
	 */
	@Transactional
	public Report check(String username, Draft draft, Channel channel, Via via) {
		Optional<MemberId> member = this.members.memberSignedInAs(username);
		Report report = this.checker.check(draft.toPost(), contextFor(member, channel, today()));
		record(username, member, draft, report, via, keepsHistory(username));
		return report;
	}

	/**
	 * Checks several drafts for one author, as the API's batch does.
	 * @param username who is checking
	 * @param drafts the drafts
	 * @return one report per draft, in order
	 */
	@Transactional
	public List<Report> checkAll(String username, List<Draft> drafts) {
		Optional<MemberId> member = this.members.memberSignedInAs(username);
		Context context = contextFor(member, Channel.PERSONAL, today());
		boolean keep = keepsHistory(username);
		return drafts.stream().map(draft -> {
			Report report = this.checker.check(draft.toPost(), context);
			record(username, member, draft, report, Via.API, keep);
			return report;
		}).toList();
	}

	/**
	 * The context of a post by this person: their committees, the channel, the day and
	 * the council's pre-election periods.
	 * @param member the author's Member record, if they have one
	 * @param channel the account the post goes out on
	 * @param day the day it is (or was) published, or {@code null} when unknown
	 * @return the context to check the post in
	 */
	public Context contextFor(Optional<MemberId> member, Channel channel, LocalDate day) {
		Set<String> committees = member.map(this.members::get)
			.map(found -> found.committees().stream().map(Committee::name).collect(Collectors.toSet()))
			.orElse(Set.of());
		return new Context(committees, channel, day, this.settings.periods(), List.of());
	}

	/**
	 * @param username a signed-in person
	 * @return their Member record, if they are a Member
	 */
	public Optional<MemberId> memberOf(String username) {
		return this.members.memberSignedInAs(username);
	}

	private void record(String username, Optional<MemberId> member, Draft draft, Report report, Via via, boolean keep) {
		this.repository.insert(UUID.randomUUID(), username, member, this.clock.instant(), today(), via, report,
				keep ? draft.text() : null);
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

}
