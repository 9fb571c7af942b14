package org.membercomms.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.audit.AuditTrail;
import org.membercomms.audit.FieldChange;
import org.membercomms.members.Member;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' acknowledgements that they have read the versions in force.
 */
@Service
public class Acknowledgements {

	private final AcknowledgementRepository acknowledgements;

	private final Policies policies;

	private final Members members;

	private final AuditTrail audit;

	private final Clock clock;

	Acknowledgements(AcknowledgementRepository acknowledgements, Policies policies, Members members, AuditTrail audit,
			Clock clock) {
		this.acknowledgements = acknowledgements;
		this.policies = policies;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A serving Member and when they acknowledged a version.
	 *
	 * @param member the Member
	 * @param acknowledgedAt when, or {@code null} if they have not
	 */
	public record Status(Member member, Instant acknowledgedAt) {

		public boolean acknowledged() {
			return this.acknowledgedAt != null;
		}

	}

	/**
	 * @param member a Member
	 * @return the versions in force that the Member has not acknowledged
	 */
	@Transactional(readOnly = true)
	public List<PolicyVersion> outstandingFor(MemberId member) {
		List<PolicyVersion> outstanding = new ArrayList<>();
		for (PolicyDocument document : PolicyDocument.values()) {
			this.policies.inForce(document)
				.filter(version -> acknowledgedAt(version.id(), member).isEmpty())
				.ifPresent(outstanding::add);
		}
		return outstanding;
	}

	@Transactional(readOnly = true)
	public Optional<Instant> acknowledgedAt(UUID version, MemberId member) {
		return this.acknowledgements.acknowledgedAt(version, member);
	}

	/**
	 * Records that a Member has read a published version; acknowledging twice changes
	 * nothing.
	 */
	@Transactional
	public void acknowledge(PolicyVersion version, MemberId member) {
		if (!version.isPublished()) {
			throw new VersionNotAllowed("Only a published version can be acknowledged");
		}
		if (this.acknowledgements.insert(version.id(), member, this.clock.instant())) {
			this.audit.record("policy-acknowledgement", version.id() + "/" + member, "acknowledged",
					List.of(FieldChange.of(
							"acknowledged " + version.document().title() + " version " + version.number(), null,
							member.toString())));
		}
	}

	/**
	 * @return every serving Member with when they acknowledged the version, outstanding
	 * first
	 */
	@Transactional(readOnly = true)
	public List<Status> statusOf(PolicyVersion version) {
		Map<MemberId, Instant> done = this.acknowledgements.acknowledgementsOf(version.id());
		return this.members.directory(false)
			.stream()
			.map(member -> new Status(member, done.get(member.memberId())))
			.sorted(Comparator.comparing(Status::acknowledged).thenComparing(status -> status.member().name()))
			.toList();
	}

}
