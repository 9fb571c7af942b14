package org.membercomms.commsplan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.system.Secrets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal iCalendar feeds of the plan: a person creates, revokes and renews their own.
 * The feed's address ends in 256 random bits; only their SHA-256 hash is stored, and the
 * audit trail records that a feed was created, renewed or revoked, never its secret.
 */
@Service
public class CalendarFeeds {

	static final String RECORD_TYPE = "calendar feed";

	private final CalendarFeedRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository repository, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param owner the signed-in person
	 * @return their working feed, if they have one
	 */
	@Transactional(readOnly = true)
	public Optional<CalendarFeed> of(String owner) {
		return this.repository.working(owner);
	}

	/**
	 * Gives the owner a feed, or a new address for it: any address they had stops
	 * working.
	 * @param owner the signed-in person
	 * @return the feed, whose secret is shown once
	 */
	@Transactional
	public NewCalendarFeed renew(String owner) {
		Optional<UUID> old = this.repository.revoke(owner, this.clock.instant());
		String secret = Secrets.create();
		UUID id = UUID.randomUUID();
		this.repository.insert(id, owner, Secrets.hash(secret), this.clock.instant());
		old.ifPresent(previous -> this.audit.record(RECORD_TYPE, previous, "renewed",
				List.of(FieldChange.of("status", "active", "renewed"))));
		this.audit.record(RECORD_TYPE, id, "created",
				List.of(FieldChange.of("owner", null, owner), FieldChange.secret("address")));
		return new NewCalendarFeed(id, secret);
	}

	/**
	 * Stops the owner's feed working.
	 * @param owner the signed-in person
	 * @return whether they had a working feed
	 */
	@Transactional
	public boolean revoke(String owner) {
		Optional<UUID> revoked = this.repository.revoke(owner, this.clock.instant());
		revoked.ifPresent(id -> this.audit.record(RECORD_TYPE, id, "revoked",
				List.of(FieldChange.of("status", "active", "revoked"))));
		return revoked.isPresent();
	}

	/**
	 * @param secret the end of a feed's address
	 * @return who the feed belongs to, if it is a working feed
	 */
	@Transactional(readOnly = true)
	public Optional<String> ownerOf(String secret) {
		if (secret == null || secret.length() != 43) {
			return Optional.empty();
		}
		return this.repository.ownerOf(Secrets.hash(secret));
	}

}
