package org.membercomms.protocol;

import java.util.List;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Member;
import org.membercomms.members.Members;
import org.membercomms.notifications.Notifications;
import org.membercomms.system.CouncilSettings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails Members to read and acknowledge a version: every serving Member when it is
 * published, and those still outstanding when Democratic Services send a reminder. The
 * emails are queued in the outbox in the same transaction as the publication or the
 * reminder.
 */
@Component
public class AcknowledgementRequests {

	private final Members members;

	private final Acknowledgements acknowledgements;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final CouncilSettings council;

	AcknowledgementRequests(Members members, Acknowledgements acknowledgements, Notifications notifications,
			AuditTrail audit, CouncilSettings council) {
		this.members = members;
		this.acknowledgements = acknowledgements;
		this.notifications = notifications;
		this.audit = audit;
		this.council = council;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onPublished(PolicyVersionPublished published) {
		for (Member member : this.members.directory(false)) {
			this.notifications.email(member.councilEmail(),
					"Please read version " + published.number() + " of the " + published.document().title(),
					request(member, published.document(), published.number(), false));
		}
	}

	/**
	 * Reminds every serving Member who has not acknowledged the version.
	 * @return how many were reminded
	 */
	@Transactional
	public int remindOutstanding(PolicyVersion version) {
		List<Member> outstanding = this.acknowledgements.statusOf(version)
			.stream()
			.filter(status -> !status.acknowledged())
			.map(Acknowledgements.Status::member)
			.toList();
		for (Member member : outstanding) {
			this.notifications.email(member.councilEmail(),
					"Reminder: please read version " + version.number() + " of the " + version.document().title(),
					request(member, version.document(), version.number(), true));
		}
		if (!outstanding.isEmpty()) {
			this.audit.record(Policies.RECORD_TYPE, version.id(), "acknowledgement reminder sent",
					List.of(FieldChange.of("Members reminded", null, String.valueOf(outstanding.size()))));
		}
		return outstanding.size();
	}

	private String request(Member member, PolicyDocument document, int number, boolean reminder) {
		return """
				Dear %s,

				%sVersion %d of the %s is now in force. Please read it and confirm that you have read it:

				%s

				Sign in to %s, read the document and select "I have read version %d" at the end.

				If you have a question about it, reply to Democratic Services at %s.

				%s
				""".formatted(member.name(),
				reminder ? "Our records show you have not yet confirmed that you have read the latest version. " : "",
				number, document.title(), this.council.link(document.path() + "#acknowledge"),
				this.council.serviceName(), number, this.council.contactEmail(), this.council.name());
	}

}
